package io.quire.article;

class ArticleSeoApiH2Test extends ArticleSeoApiTests {}
