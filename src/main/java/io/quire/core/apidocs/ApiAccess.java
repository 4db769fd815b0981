package io.quire.core.apidocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents who may call an operation and the problems it answers with. The OpenAPI
 * description takes its security requirement and error responses from here
 * ({@code ApiDocsConfig}); the rules themselves live in the security configuration and services.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ApiAccess {

    /** Everyone, signed in or not. */
    String PUBLIC = "";
    /** Any signed-in user. */
    String SIGNED_IN = "SIGNED_IN";

    /** The lowest role that may call (AUTHOR, EDITOR, ADMIN), {@link #SIGNED_IN} or {@link #PUBLIC}. */
    String value() default PUBLIC;

    /** A public operation that shows more to a signed-in caller (drafts to their authors and editors). */
    boolean optionalSignIn() default false;

    /** Error statuses beyond the 401/403 implied by {@link #value()}. */
    int[] errors() default {};
}
