package io.quire.media;

class ArticleImagesH2Test extends ArticleImagesTests {}
