package io.quire.core.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** A PATCH that takes a JSON Merge Patch (RFC 7396), sent as such or as plain JSON. */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@RequestMapping(
        consumes = {MergePatchMapping.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE},
        method = RequestMethod.PATCH)
public @interface MergePatchMapping {

    String MEDIA_TYPE = "application/merge-patch+json";

    @AliasFor(annotation = RequestMapping.class, attribute = "path")
    String[] value() default {};
}
