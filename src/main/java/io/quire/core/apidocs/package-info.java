/**
 * The OpenAPI description and Swagger UI: who may call an operation, the problems and headers
 * it answers with, in one shape for every module. A module describes its own endpoints on its
 * controllers ({@link io.quire.core.apidocs.ApiAccess}, {@link io.quire.core.apidocs.ApiSection}).
 */
@org.springframework.modulith.NamedInterface("apidocs")
package io.quire.core.apidocs;
