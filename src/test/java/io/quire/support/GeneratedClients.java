package io.quire.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quire.client.ApiClient;
import io.quire.client.model.Article;
import jakarta.annotation.Nonnull;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Clients generated from {@code docs/openapi.yaml} (package {@code io.quire.client}), set up to
 * hold the server to the description: every answer goes through {@link ApiContract}, and bodies
 * are read strictly. A property the description does not know, an enum value it does not list,
 * or a null where it promises a value (a required, non-nullable property: {@code @Nonnull} in
 * the generated model) fails the call with an {@link AssertionError}.
 */
public final class GeneratedClients {

    private static final String MODEL_PACKAGE = Article.class.getPackageName();

    private final String baseUri;
    private final ApiContract contract;
    private final ObjectMapper mapper = strictMapper();

    public GeneratedClients(int port, ApiContract contract) {
        this.baseUri = "http://localhost:" + port;
        this.contract = contract;
    }

    /** A client sending the bearer token (none when null) from its own client address. */
    public ApiClient client(String token, String clientIp) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri);
        client.setObjectMapper(mapper);
        client.setRequestInterceptor(request -> {
            request.header("X-Forwarded-For", clientIp);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
        });
        client.setResponseInterceptor(contract::check);
        return client;
    }

    /** The mapper the clients read with, for problem bodies of failed calls. */
    public ObjectMapper mapper() {
        return mapper;
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = ApiClient.createDefaultObjectMapper();
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.registerModule(
                new SimpleModule("described-values").setDeserializerModifier(new BeanDeserializerModifier() {
                    @Override
                    public JsonDeserializer<?> modifyDeserializer(
                            DeserializationConfig config, BeanDescription bean, JsonDeserializer<?> deserializer) {
                        return bean.getBeanClass().getPackageName().equals(MODEL_PACKAGE)
                                ? new NonnullChecking(deserializer)
                                : deserializer;
                    }
                }));
        return mapper;
    }

    /** Reads a model, then checks that every {@code @Nonnull} property has a value. */
    private static final class NonnullChecking extends DelegatingDeserializer {

        NonnullChecking(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new NonnullChecking(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            if (value != null) {
                checkNonnull(value);
            }
            return value;
        }

        private static void checkNonnull(Object value) {
            for (Method getter : value.getClass().getMethods()) {
                boolean promised = getter.getName().startsWith("get")
                        && getter.getParameterCount() == 0
                        && !Modifier.isStatic(getter.getModifiers())
                        && getter.isAnnotationPresent(Nonnull.class);
                if (promised && read(getter, value) == null) {
                    throw new AssertionError(value.getClass().getSimpleName() + "." + property(getter) + " is null, "
                            + "but docs/openapi.yaml says it is required and not nullable");
                }
            }
        }

        private static Object read(Method getter, Object value) {
            try {
                return getter.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(e);
            }
        }

        private static String property(Method getter) {
            String name = getter.getName().substring(3);
            return Character.toLowerCase(name.charAt(0)) + name.substring(1);
        }
    }
}
