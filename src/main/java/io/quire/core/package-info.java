/**
 * The few pieces every module shares, and no feature: domain failures, preconditions and ETags,
 * problem responses and paging, slugs, the clock and the cache settings, security and the API
 * description. A closed module: other modules use only this package and its named interfaces
 * ({@code domain}, {@code web}, {@code security}, {@code text}, {@code apidocs}).
 */
package io.quire.core;
