package io.quire.core.apidocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a JSON Merge Patch body (bound as a {@code JsonNode}) as the schema {@link #schema()}
 * with an example. A schema that no class defines gets the properties of the body that replaces
 * the same resource (see {@link ApiSchemas}).
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface MergePatch {

    /** The schema's name, such as {@code ArticlePatch}. */
    String schema();

    /** A patch as JSON. */
    String example();
}
