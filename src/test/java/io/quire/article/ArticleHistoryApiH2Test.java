package io.quire.article;

class ArticleHistoryApiH2Test extends ArticleHistoryApiTests {}
