package io.quire.article;

class EditorMorningApiH2Test extends EditorMorningApiTests {}
