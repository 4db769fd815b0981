package io.quire.transfer;

class WordPressImportH2Test extends WordPressImportTests {}
