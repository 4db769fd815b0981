package io.quire.media;

class MediaRefusalH2Test extends MediaRefusalTests {}
