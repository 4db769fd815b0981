package io.quire.tag;

class TagApiH2Test extends TagApiTests {}
