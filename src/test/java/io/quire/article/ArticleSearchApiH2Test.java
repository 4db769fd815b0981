package io.quire.article;

class ArticleSearchApiH2Test extends ArticleSearchApiTests {}
