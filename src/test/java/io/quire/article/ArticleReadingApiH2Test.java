package io.quire.article;

class ArticleReadingApiH2Test extends ArticleReadingApiTests {}
