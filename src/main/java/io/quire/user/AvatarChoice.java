package io.quire.user;

import java.util.UUID;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads the {@code avatar} of a change so that the three cases differ: absent (null: leave it), {@code null}
 * ({@link #NONE}: remove it) and an asset id.
 */
final class AvatarChoice extends ValueDeserializer<UUID> {

    /** What {@code "avatar": null} reads as: the nil UUID, which names no asset. */
    static final UUID NONE = new UUID(0, 0);

    @Override
    public UUID deserialize(JsonParser parser, DeserializationContext context) {
        return (UUID) context.findRootValueDeserializer(context.constructType(UUID.class))
                .deserialize(parser, context);
    }

    @Override
    public Object getNullValue(DeserializationContext context) {
        return NONE;
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
        return null;
    }
}
