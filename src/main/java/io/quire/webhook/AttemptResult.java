package io.quire.webhook;

import java.time.Instant;

/**
 * What one attempt came to: the receiver's status code and the start of its answer, or the error that kept
 * it from answering (refused target, connection failure, timeout).
 */
record AttemptResult(Instant attemptedAt, Integer statusCode, long durationMs, String error, String responseBody) {

    static AttemptResult answered(Instant attemptedAt, int statusCode, long durationMs, String responseBody) {
        return new AttemptResult(attemptedAt, statusCode, durationMs, null, responseBody);
    }

    static AttemptResult failed(Instant attemptedAt, long durationMs, String error) {
        return new AttemptResult(attemptedAt, null, durationMs, error, null);
    }

    boolean succeeded() {
        return error == null && statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
