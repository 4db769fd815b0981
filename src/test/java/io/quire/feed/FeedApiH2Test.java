package io.quire.feed;

class FeedApiH2Test extends FeedApiTests {}
