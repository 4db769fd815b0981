/**
 * Reader comments on published articles: posting (rate limited), the editors' moderation
 * queue, and the approved threads the public reads.
 */
package io.quire.comment;
