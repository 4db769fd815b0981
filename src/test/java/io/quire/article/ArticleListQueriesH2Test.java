package io.quire.article;

class ArticleListQueriesH2Test extends ArticleListQueriesTests {}
