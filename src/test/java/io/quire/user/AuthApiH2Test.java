package io.quire.user;

class AuthApiH2Test extends AuthApiTests {}
