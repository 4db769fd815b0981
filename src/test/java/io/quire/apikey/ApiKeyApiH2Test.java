package io.quire.apikey;

class ApiKeyApiH2Test extends ApiKeyApiTests {}
