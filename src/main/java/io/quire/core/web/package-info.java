/**
 * What every module's controllers share: problem responses, paging and {@code Link} headers,
 * ETags and {@code If-Match} preconditions, merge patches, and the HTTP filters in front of them.
 */
@org.springframework.modulith.NamedInterface("web")
package io.quire.core.web;
