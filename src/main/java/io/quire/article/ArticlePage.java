package io.quire.article;

import org.springframework.data.domain.Page;

/**
 * A page of articles, and the cursor that continues it when the order allows one.
 *
 * @param nextCursor the {@code after} value of the next page; null on the last page or when
 *     the list continues by page number ({@code keyset} false)
 */
public record ArticlePage(Page<ArticleView> page, String nextCursor, boolean keyset) {}
