/**
 * Articles: drafts, review, publishing, Markdown rendered to sanitized HTML, and the lists
 * and filters frontends read them through.
 */
package io.quire.article;
