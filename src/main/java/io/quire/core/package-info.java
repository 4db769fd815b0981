/**
 * The few pieces every module shares, and no feature: problem responses, paging, ETags and
 * preconditions, slugs, the clock, security and the API description. A closed module: other
 * modules use only its named interfaces ({@code web}, {@code security}, {@code text},
 * {@code apidocs}).
 */
package io.quire.core;
