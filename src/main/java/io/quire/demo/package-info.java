/**
 * Demo content for a first look: a handful of articles with tags and approved comments,
 * created on start when the database has no articles and {@code cms.demo.enabled} is true.
 */
package io.quire.demo;
