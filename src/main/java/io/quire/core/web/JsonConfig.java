package io.quire.core.web;

import io.quire.core.domain.JsonProblems;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.SimpleFilterProvider;

/** JSON reading and writing rules shared by every endpoint. */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

    /**
     * No text may carry a NUL character (PostgreSQL cannot store one, and no reader needs it) or half of a
     * surrogate pair ({@code "\\ud800"} is valid JSON, but not Unicode text: it cannot be encoded as UTF-8, and
     * strict JSON parsers reject a whole list that carries one). Refused while reading, so the answer is a 400
     * naming the field on every database.
     */
    @Bean
    JsonMapperBuilderCustomizer rejectUnstorableText() {
        return builder -> builder.addModule(
                new SimpleModule("quire-text").addDeserializer(String.class, new CleanTextDeserializer()));
    }

    /** Answers that carry a {@link FieldSelection} are written with the selected properties only. */
    @Bean
    JsonMapperBuilderCustomizer selectedFields() {
        return builder -> builder.filterProvider(
                new SimpleFilterProvider().addFilter(FieldSelection.FILTER, new SelectedFields()));
    }

    /** Every unknown property of a request body is named in one answer ({@link UnknownProperties}). */
    @Bean
    JsonMapperBuilderCustomizer collectUnknownProperties() {
        return builder -> builder.addHandler(new UnknownProperties.Collector());
    }

    static final class CleanTextDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (value == null) {
                return null;
            }
            if (value.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, JsonProblems.NUL_MESSAGE, value, String.class);
            }
            if (hasLoneSurrogate(value)) {
                throw InvalidFormatException.from(parser, JsonProblems.SURROGATE_MESSAGE, value, String.class);
            }
            return value;
        }

        private static boolean hasLoneSurrogate(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c)
                        && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
    }
}
