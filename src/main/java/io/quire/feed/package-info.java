/**
 * Feeds for readers and search engines: the Atom feed of the latest published articles (overall and per tag)
 * and the sitemap, with absolute links to the public site.
 */
package io.quire.feed;
