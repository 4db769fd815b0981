package io.quire.transfer;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;

/** What an import reads: a WordPress export (WXR 1.1/1.2) or a Quire export (NDJSON). */
@Schema(name = "ImportFormat", enumAsRef = true)
public enum ImportFormat {
    WORDPRESS,
    QUIRE;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format named (ignoring case), or null for an unknown name. */
    public static ImportFormat of(String name) {
        for (ImportFormat format : values()) {
            if (format.value().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return format;
            }
        }
        return null;
    }
}
