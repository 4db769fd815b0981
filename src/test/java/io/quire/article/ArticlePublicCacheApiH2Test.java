package io.quire.article;

class ArticlePublicCacheApiH2Test extends ArticlePublicCacheApiTests {}
