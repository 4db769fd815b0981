package io.quire.user;

class RefreshTokenApiH2Test extends RefreshTokenApiTests {}
