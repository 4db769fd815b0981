/**
 * What the services of every module share, free of HTTP: failures named for what happened (mapped to
 * problems in one place, the web layer's exception handler), write preconditions, merge patches and
 * entity tags.
 */
@org.springframework.modulith.NamedInterface("domain")
package io.quire.core.domain;
