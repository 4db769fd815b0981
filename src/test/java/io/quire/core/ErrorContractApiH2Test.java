package io.quire.core;

class ErrorContractApiH2Test extends ErrorContractApiTests {}
