import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  createClient,
  parseRateLimit,
  problemOf,
  QuireProblem,
  RateLimitedError,
  StaleWriteError,
} from "@quire/client";
import { BASE, json, scriptedServer } from "./support.js";

describe("problems", () => {
  test("a validation problem names its fields", async () => {
    const problem = await problemOf(
      json(
        {
          type: "urn:quire:problem:validation",
          title: "Bad Request",
          status: 400,
          detail: "The request has invalid fields.",
          instance: "/api/v1/articles",
          errors: [{ field: "title", message: "must not be blank" }],
        },
        { status: 400 },
      ),
    );
    assert.ok(problem instanceof QuireProblem);
    assert.equal(problem.status, 400);
    assert.equal(problem.type, "urn:quire:problem:validation");
    assert.equal(problem.message, "The request has invalid fields.");
    assert.deepEqual(problem.fieldErrors(), { title: "must not be blank" });
  });

  test("an answer that is no problem (a proxy's page) still becomes one", async () => {
    const problem = await problemOf(new Response("<html>Bad gateway</html>", { status: 502, statusText: "Bad Gateway" }));
    assert.equal(problem.status, 502);
    assert.equal(problem.type, "about:blank");
    assert.equal(problem.title, "Bad Gateway");
    assert.deepEqual(problem.errors, []);
  });

  test("an OAuth error (sign-in) reads as a problem", async () => {
    const problem = await problemOf(
      json({ error: "invalid_grant", error_description: "Wrong username or password." }, { status: 400 }),
    );
    assert.equal(problem.title, "invalid_grant");
    assert.equal(problem.detail, "Wrong username or password.");
  });

  test("412 is a StaleWriteError", async () => {
    const server = scriptedServer(() =>
      json({ type: "urn:quire:problem:stale", title: "Precondition Failed", status: 412 }, { status: 412 }),
    );
    const quire = createClient({ baseUrl: BASE, fetch: server.fetch });
    await assert.rejects(
      quire.articles.update({ id: "3f1e6a52-4c1b-4b8e-9a57-0c6f1d2e3b4a", version: 2 }, { title: "New" }),
      (error: unknown) => error instanceof StaleWriteError && error.status === 412,
    );
    assert.equal(server.exchanges[0]?.headers.get("Content-Type"), "application/merge-patch+json");
    assert.deepEqual(JSON.parse(server.exchanges[0]?.body ?? ""), { title: "New", version: 2 });
  });

  test("429 carries Retry-After and the RateLimit headers", async () => {
    const server = scriptedServer(() =>
      json(
        { type: "urn:quire:problem:rate-limited", title: "Too Many Requests", status: 429 },
        {
          status: 429,
          headers: { "Retry-After": "42", RateLimit: '"comments";r=0;t=42', "RateLimit-Policy": '"comments";q=5;w=60' },
        },
      ),
    );
    const quire = createClient({ baseUrl: BASE, fetch: server.fetch });
    const error = await quire.comments
      .post("3f1e6a52-4c1b-4b8e-9a57-0c6f1d2e3b4a", { authorName: "G", authorEmail: "g@example.org", body: "Hi" })
      .catch((e: unknown) => e);
    assert.ok(error instanceof RateLimitedError);
    assert.equal(error.retryAfterSeconds, 42);
    assert.deepEqual(error.rateLimit, { policy: "comments", remaining: 0, reset: 42, limit: 5, window: 60 });
  });

  test("the draft-7 forms of the RateLimit headers are read too", () => {
    assert.deepEqual(parseRateLimit(new Headers({ RateLimit: "limit=10, remaining=3, reset=30" })), {
      limit: 10,
      remaining: 3,
      reset: 30,
    });
    assert.deepEqual(
      parseRateLimit(new Headers({ "RateLimit-Limit": "10", "RateLimit-Remaining": "0", "RateLimit-Reset": "5" })),
      { limit: 10, remaining: 0, reset: 5 },
    );
    assert.equal(parseRateLimit(new Headers()), undefined);
  });
});
