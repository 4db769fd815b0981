package io.quire.demo;

class SyntheticContentH2Test extends SyntheticContentTests {}
