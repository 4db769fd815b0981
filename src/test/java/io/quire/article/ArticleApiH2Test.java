package io.quire.article;

class ArticleApiH2Test extends ArticleApiTests {}
