package io.quire.comment;

class CommentApiH2Test extends CommentApiTests {}
