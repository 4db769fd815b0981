/**
 * Content for a first look and for measuring: a handful of demo articles on an empty database
 * ({@code cms.demo.enabled}), or N synthetic published articles at scale ({@code cms.seed.articles}).
 */
package io.quire.demo;
