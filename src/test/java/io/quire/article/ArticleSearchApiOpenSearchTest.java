package io.quire.article;

import io.quire.support.SharedSearchIndex;

@SharedSearchIndex
class ArticleSearchApiOpenSearchTest extends ArticleSearchApiTests {}
