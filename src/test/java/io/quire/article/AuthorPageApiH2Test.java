package io.quire.article;

class AuthorPageApiH2Test extends AuthorPageApiTests {}
