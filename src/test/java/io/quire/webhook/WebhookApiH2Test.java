package io.quire.webhook;

class WebhookApiH2Test extends WebhookApiTests {}
