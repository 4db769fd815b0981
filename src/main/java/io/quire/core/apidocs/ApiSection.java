package io.quire.core.apidocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a controller's operations stand in the API description. Its tag (springdoc's
 * {@code @Tag} on the same controller, with the tag's description) takes its place among the
 * others by {@link #position()}; Swagger UI lists its operations in the order an editor works
 * (list, create, read, change, workflow, delete) instead of by HTTP method or path.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiSection {

    /** The tag's place among the others, lowest first. */
    int position();

    /** The controller's handler methods by name, separated by spaces, in the order Swagger UI lists them. */
    String order();
}
