package io.quire.core;

class HostileInputH2Test extends HostileInputTests {}
