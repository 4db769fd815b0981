/**
 * Who the caller is ({@link io.quire.core.security.Caller}, {@link io.quire.core.security.Callers})
 * and the one security filter chain, which applies every module's
 * {@link io.quire.core.security.AuthorizationRules}.
 */
@org.springframework.modulith.NamedInterface("security")
package io.quire.core.security;
