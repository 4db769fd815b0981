package io.quire.core.web;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.PropertyWriter;
import tools.jackson.databind.ser.std.SimpleBeanPropertyFilter;

/** Writes a {@link FieldSelection.Selectable} with the properties its selection includes, and nothing else. */
final class SelectedFields extends SimpleBeanPropertyFilter {

    @Override
    public void serializeAsProperty(Object pojo, JsonGenerator g, SerializationContext ctxt, PropertyWriter writer)
            throws Exception {
        if (selected(pojo, writer.getName())) {
            writer.serializeAsProperty(pojo, g, ctxt);
        } else if (!g.canOmitProperties()) {
            writer.serializeAsOmittedProperty(pojo, g, ctxt);
        }
    }

    private static boolean selected(Object pojo, String name) {
        return !(pojo instanceof FieldSelection.Selectable selectable)
                || selectable.selection() == null
                || selectable.selection().includes(name);
    }
}
