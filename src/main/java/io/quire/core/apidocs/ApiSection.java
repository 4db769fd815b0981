package io.quire.core.apidocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a tag stands in the API description, declared on one of the controllers that carry the
 * tag (springdoc's {@code @Tag}, whose description is the tag's): the tag takes its place among
 * the others by {@link #position()}, and Swagger UI lists its operations in the order an editor
 * works (list, create, read, change, workflow, delete) instead of by HTTP method or path.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiSection {

    /** The tag's place among the others, lowest first. */
    int position();

    /**
     * The handler methods of the tag's controllers by name, separated by spaces, in the order
     * Swagger UI lists them; operations not named follow by path.
     */
    String order();
}
