package io.quire.user;

class UserApiH2Test extends UserApiTests {}
