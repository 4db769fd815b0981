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

/** JSON reading rules shared by every endpoint. */
@Configuration(proxyBeanMethods = false)
class JsonConfig {

    /**
     * No text may carry a NUL character: PostgreSQL cannot store one, and no reader needs it.
     * Refused while reading, so the answer is a 400 naming the field on every database.
     */
    @Bean
    JsonMapperBuilderCustomizer rejectNulCharacters() {
        return builder -> builder.addModule(
                new SimpleModule("quire-text").addDeserializer(String.class, new NulFreeStringDeserializer()));
    }

    static final class NulFreeStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, JsonProblems.NUL_MESSAGE, value, String.class);
            }
            return value;
        }
    }
}
