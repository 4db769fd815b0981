import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type CachedResponse, createClient, MemoryCache } from "@quire/client";
import { BASE, json, scriptedServer } from "./support.js";

const ID = "3f1e6a52-4c1b-4b8e-9a57-0c6f1d2e3b4a";

/** A server with one article whose ETag is `"v<version>"`, answering 304 to a matching If-None-Match. */
function articleServer() {
  let version = 1;
  const server = scriptedServer(({ method, headers }) => {
    const etag = `"v${version}"`;
    if (method === "GET" && headers.get("If-None-Match") === etag) {
      return new Response(null, { status: 304, headers: { ETag: etag } });
    }
    return json({ id: ID, slug: "rules", title: `Rules ${version}`, version }, { headers: { ETag: etag } });
  });
  return { ...server, change: () => version++ };
}

describe("conditional reads", () => {
  test("a repeated read revalidates with If-None-Match and answers a 304 from the kept body", async () => {
    const server = articleServer();
    const quire = createClient({ baseUrl: BASE, fetch: server.fetch });

    const first = await quire.articles.get(ID);
    const second = await quire.articles.get(ID);
    server.change();
    const third = await quire.articles.get(ID);

    assert.deepEqual(
      server.exchanges.map((e) => e.headers.get("If-None-Match")),
      [null, '"v1"', '"v1"'],
    );
    assert.deepEqual(second, first);
    assert.notEqual(second, first, "each read gets its own copy");
    assert.equal(third.title, "Rules 2");
    assert.equal(quire.etagOf(second), '"v1"');
  });

  test("a change is guarded by the ETag its article was read with", async () => {
    const server = articleServer();
    const quire = createClient({ baseUrl: BASE, fetch: server.fetch });

    const article = await quire.articles.get(ID);
    await quire.articles.update(article, { title: "Renamed" });

    const patch = server.exchanges[1];
    assert.equal(patch?.method, "PATCH");
    assert.equal(patch?.headers.get("If-Match"), '"v1"');
    assert.deepEqual(JSON.parse(patch?.body ?? ""), { title: "Renamed" });
  });

  test("answers are kept apart by who asked", async () => {
    const server = articleServer();
    const cache = new Map<string, CachedResponse>();
    const reader = createClient({ baseUrl: BASE, fetch: server.fetch, cache });
    const preview = createClient({ baseUrl: BASE, fetch: server.fetch, cache, apiKey: "preview-key" });

    await reader.articles.get(ID);
    await preview.articles.get(ID);

    assert.equal(server.exchanges[1]?.headers.get("If-None-Match"), null);
    assert.equal(cache.size, 2);
    for (const key of cache.keys()) assert.ok(!key.includes("preview-key"), key);
  });

  test("cache: false sends plain reads", async () => {
    const server = articleServer();
    const quire = createClient({ baseUrl: BASE, fetch: server.fetch, cache: false });
    await quire.articles.get(ID);
    await quire.articles.get(ID);
    assert.equal(server.exchanges[1]?.headers.get("If-None-Match"), null);
  });

  test("the memory cache keeps the most recently used bodies within its size", () => {
    const cache = new MemoryCache(10);
    const entry = (body: string) => ({ etag: '"x"', body, contentType: null, link: null });
    cache.set("a", entry("12345"));
    cache.set("b", entry("12345"));
    cache.get("a");
    cache.set("c", entry("123"));
    assert.ok(cache.get("a"));
    assert.equal(cache.get("b"), undefined);
    assert.ok(cache.get("c"));
    cache.set("huge", entry("12345678901"));
    assert.equal(cache.get("huge"), undefined);
  });
});
