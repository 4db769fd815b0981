package io.quire.core.web;

import io.quire.core.domain.FieldProblem;
import io.quire.core.domain.InvalidInput;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Names every property of a request body that cannot be set, not only the first: while a body is read, each
 * unknown or read-only property is noted and skipped ({@link Collector}), and once it is read the request is
 * refused with one 400 listing them all. Reads outside a request (imports, stored JSON) fail at the first one,
 * as Jackson does by default.
 */
@ControllerAdvice
class UnknownProperties extends RequestBodyAdviceAdapter {

    private static final String ATTRIBUTE = UnknownProperties.class.getName();

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, new ArrayList<FieldProblem>(), RequestAttributes.SCOPE_REQUEST);
        }
        return input;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage input,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        List<FieldProblem> unknown = collected();
        RequestContextHolder.currentRequestAttributes().removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (unknown != null && !unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<FieldProblem> collected() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        return request == null
                ? null
                : (List<FieldProblem>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
    }

    /** Notes an unknown property of a request body being read and skips its value; elsewhere, declines. */
    static final class Collector extends DeserializationProblemHandler {

        @Override
        public boolean handleUnknownProperty(
                DeserializationContext context,
                JsonParser parser,
                ValueDeserializer<?> deserializer,
                Object beanOrClass,
                String propertyName) {
            List<FieldProblem> unknown = collected();
            if (unknown == null) {
                return false;
            }
            unknown.add(new FieldProblem(pathOf(parser, propertyName), "is unknown or read-only"));
            parser.skipChildren();
            return true;
        }

        private static String pathOf(JsonParser parser, String propertyName) {
            StringBuilder path = new StringBuilder();
            for (String segment :
                    parser.streamReadContext().pathAsPointer().toString().split("/")) {
                if (segment.isEmpty()) {
                    continue;
                }
                if (segment.chars().allMatch(Character::isDigit)) {
                    path.append('[').append(segment).append(']');
                } else {
                    path.append(path.isEmpty() ? "" : ".")
                            .append(segment.replace("~1", "/").replace("~0", "~"));
                }
            }
            return path.isEmpty() ? propertyName : path.toString();
        }
    }
}
