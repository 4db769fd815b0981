package io.quire.transfer;

class ImportProblemsH2Test extends ImportProblemsTests {}
