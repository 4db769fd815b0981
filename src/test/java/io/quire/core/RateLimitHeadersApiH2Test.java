package io.quire.core;

class RateLimitHeadersApiH2Test extends RateLimitHeadersApiTests {}
