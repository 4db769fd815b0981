package io.quire.core.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation limited per client by the named rate limit ({@code RateLimiters}): every answer it gives, a
 * validation failure included, carries the {@code RateLimit-Policy} and {@code RateLimit} headers, and the API
 * description documents them with its 429.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimitedOperation {

    /** The rate limit's policy name, such as {@code comments}. */
    String value();
}
