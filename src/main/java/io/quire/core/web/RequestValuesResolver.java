package io.quire.core.web;

import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Binds {@link PageParams} from the raw query string, and {@link IfMatch} from its header. */
class RequestValuesResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageParams.class || parameter.getParameterType() == IfMatch.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        if (parameter.getParameterType() == IfMatch.class) {
            return new IfMatch(request.getHeader(IfMatch.HEADER));
        }
        String[] sort = request.getParameterValues("sort");
        return new PageParams(
                request.getParameter("page"), request.getParameter("size"), sort == null ? List.of() : List.of(sort));
    }
}
