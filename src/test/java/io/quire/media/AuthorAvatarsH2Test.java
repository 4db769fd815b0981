package io.quire.media;

class AuthorAvatarsH2Test extends AuthorAvatarsTests {}
