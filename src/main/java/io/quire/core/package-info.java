/**
 * The few pieces every module shares: problem responses, paging, slugs, HTTP caching
 * helpers, rate limiting and the security configuration.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.quire.core;
