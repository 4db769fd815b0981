/**
 * Tags: names unique ignoring case, slugs for URLs, and the count of published articles
 * under each, kept by the article module as articles change.
 */
package io.quire.tag;
