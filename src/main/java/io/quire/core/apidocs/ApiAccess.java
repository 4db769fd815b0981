package io.quire.core.apidocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents who may call an operation; with {@link ApiErrors}, the problems it answers with.
 * The OpenAPI description takes the operation's security requirement, its 401 and 403 and its
 * other problem responses from here ({@link OperationDocs}); the rules themselves are the
 * modules' {@code AuthorizationRules} and their services.
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
}
