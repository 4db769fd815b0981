package io.quire.comment;

class CommentThreadApiH2Test extends CommentThreadApiTests {}
