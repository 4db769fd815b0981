package io.quire.article;

class TagListApiH2Test extends TagListApiTests {}
