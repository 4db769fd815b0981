package io.quire.media;

class MediaApiH2Test extends MediaApiTests {}
