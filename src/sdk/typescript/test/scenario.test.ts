/**
 * The editorial and reading scenario against a real Quire: the server at QUIRE_URL, signed in as
 * `admin` with QUIRE_ADMIN_PASSWORD. Quire's build starts a fresh server and sets both.
 */
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { after, before, describe, test } from "node:test";
import { promisify } from "node:util";
import {
  type Article,
  createClient,
  QuireProblem,
  type QuireClient,
  RateLimitedError,
  StaleWriteError,
} from "@quire/client";

const url = process.env.QUIRE_URL?.replace(/\/+$/, "");
const password = process.env.QUIRE_ADMIN_PASSWORD;
const skip = !url
  ? "QUIRE_URL is not set: run `QUIRE_URL=http://localhost:8080 QUIRE_ADMIN_PASSWORD=… npm test` against a Quire"
  : !password
    ? "QUIRE_ADMIN_PASSWORD is not set: the scenario signs in as admin"
    : false;

const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const tag = `ts-${run}`;
const word = `quokka${run}`;

interface Seen {
  method: string;
  url: string;
  status: number;
  redirected: boolean;
}

/** A client whose every answer, as the network gave it, is recorded. */
function recordingClient(options: { apiKey?: string } = {}): { client: QuireClient; seen: Seen[] } {
  const seen: Seen[] = [];
  const client = createClient({
    baseUrl: url!,
    ...options,
    fetch: async (request) => {
      const response = await fetch(request);
      seen.push({ method: request.method, url: request.url, status: response.status, redirected: response.redirected });
      return response;
    },
  });
  return { client, seen };
}

/** Runs a README example (compiled next to this file) with Node, as a site developer would. */
async function runExample(name: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  const file = new URL(`./readme/${name}.js`, import.meta.url).pathname;
  const { stdout } = await promisify(execFile)(process.execPath, [file, ...args], {
    env: { ...process.env, QUIRE_URL: url, ...env },
    timeout: 60_000,
  });
  return stdout;
}

/** Polls `check` until it passes, for effects that another part of the server applies (search). */
async function eventually(check: () => Promise<void>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

describe("the editorial and reading scenario", { skip }, () => {
  const editor = createClient({ baseUrl: url ?? "http://localhost:8080" });
  const reader = createClient({ baseUrl: url ?? "http://localhost:8080" });
  const created: Article[] = [];
  let article: Article;

  const write = async (title: string, publish: boolean) => {
    const draft = await editor.articles.create({
      title,
      summary: `About ${title}.`,
      body: `The ${word} rules.\n\n## Who is affected\n\nEveryone who reads run ${run}.`,
      tags: [tag],
    });
    created.push(draft);
    return publish ? editor.articles.publish(draft) : draft;
  };

  before(async () => {
    await editor.signIn("admin", password!);
  });

  after(async () => {
    // Leave a shared server as it was: the scenario's articles go, their comments with them.
    const cleanup = createClient({ baseUrl: url!, cache: false });
    await cleanup.signIn("admin", password!);
    for (const a of created) await cleanup.articles.delete(a.id).catch(() => undefined);
  });

  test("signs in with username and password", async (t) => {
    t.diagnostic(`against ${url}`);
    assert.equal((await editor.me()).username, "admin");
    assert.ok(editor.session?.accessToken);
  });

  test("creates a draft, and a change from a stale read is a StaleWriteError that changes nothing", async () => {
    const draft = await write(`Export rules ${run}`, false);
    assert.equal(draft.status, "DRAFT");
    assert.ok(editor.etagOf(draft), "the ETag of the created draft is kept");

    const fresh = await editor.articles.get(draft.id);
    const summarized = await editor.articles.update(fresh, { summary: "First summary." });
    assert.equal(summarized.summary, "First summary.");

    await assert.rejects(editor.articles.update(draft, { title: "A lost update" }), (e: unknown) => {
      assert.ok(e instanceof StaleWriteError, String(e));
      assert.equal(e.status, 412);
      assert.ok(e.detail, "the 412 says what happened");
      return true;
    });
    await assert.rejects(
      editor.articles.update({ id: draft.id, version: draft.version }, { title: "A lost update" }),
      StaleWriteError,
    );
    const current = await editor.articles.get(draft.id);
    assert.equal(current.title, draft.title);
    article = await editor.articles.update(current, { summary: null });
    assert.equal(article.summary, null, "null clears a field in a merge patch");
  });

  test("publishes: a draft is 404 to the public until then", async () => {
    await assert.rejects(reader.articles.get(article.id), (e: unknown) => e instanceof QuireProblem && e.status === 404);
    article = await editor.articles.publish(article);
    assert.equal(article.status, "PUBLISHED");
    assert.equal((await reader.articles.get(article.id)).title, article.title);
  });

  test("lists published articles and follows every page to the last by its cursor", async () => {
    for (let i = 2; i <= 7; i++) await write(`Export rules ${i} ${run}`, true);

    const first = await reader.articles.list({ tag, size: 3 });
    assert.equal(first.page.totalElements, 7);
    assert.match(first.nextUrl ?? "", /after=/, "the next page continues from a cursor");
    const pages = [];
    for await (const page of first.pages()) pages.push(page.content.map((a) => a.id));
    assert.deepEqual(
      pages.map((p) => p.length),
      [3, 3, 1],
    );
    const ids = new Set(pages.flat());
    assert.deepEqual(ids, new Set(created.map((a) => a.id)));
    const item = first.content[0];
    assert.ok(item && item.excerpt.length > 0, "a list item carries an excerpt");
    assert.ok(item && !("body" in item) && !("bodyHtml" in item) && !("toc" in item), "and no body");

    const bodies = await reader.articles.list({ tag, size: 1, fields: ["title", "bodyHtml"] });
    assert.deepEqual(Object.keys(bodies.content[0] ?? {}).sort(), ["bodyHtml", "title"]);

    const titles: string[] = [];
    for await (const item of reader.articles.all({ tag, size: 2, fields: ["id", "title"] })) titles.push(item.title);
    assert.equal(titles.length, 7);
  });

  test("a repeated read is answered 304 and served from the kept body", async () => {
    const { client, seen } = recordingClient();
    const first = await client.articles.get(article.slug);
    const again = await client.articles.get(article.slug);
    assert.deepEqual(again, first);
    const list = await client.articles.list({ tag, size: 3 });
    const listAgain = await client.articles.list({ tag, size: 3 });
    assert.deepEqual(listAgain.content, list.content);
    assert.deepEqual(
      seen.map((s) => s.status),
      [200, 304, 200, 304],
    );
  });

  test("an old slug leads to the article under its current one", async () => {
    const oldSlug = article.slug;
    article = await editor.articles.update(article, { slug: `renamed-${run}` });
    const { client, seen } = recordingClient();

    const moved = await client.articles.get(oldSlug);

    assert.equal(moved.id, article.id);
    assert.equal(moved.slug, `renamed-${run}`);
    assert.ok(seen[0]?.redirected, "answered by following the 301");
    assert.equal(await runExample("render-article", [oldSlug]), `301 Moved Permanently: /articles/renamed-${run}\n`);
    const page = await runExample("render-article", [article.slug]);
    assert.match(page, new RegExp(`<h1>Export rules ${run}</h1>`));
    assert.match(page, /<h2[^>]*>Who is affected<\/h2>/);
    assert.equal(await runExample("render-article", [`no-such-article-${run}`]), "404 Not Found\n");
  });

  test("searches the text of published articles", async () => {
    await eventually(async () => {
      const hits = await reader.articles.list({ q: word, tag, size: 10 });
      assert.equal(hits.page.totalElements, 7);
      assert.ok(hits.content[0]?.highlight, "search hits carry highlights");
    });
  });

  test("a reader comments, an editor approves it, and the thread and the count follow", async () => {
    const { client, seen } = recordingClient();
    const before = await client.articles.get(article.id);
    assert.equal(before.commentCount, 0);

    const posted = await client.comments.post(article.id, {
      authorName: "Grace",
      authorEmail: "grace@example.org",
      body: `Clear explanation of run ${run}, thank you.`,
    });
    assert.equal(posted.status, "PENDING");
    assert.deepEqual((await client.comments.list(article.id)).content, []);

    const queue = await editor.comments.queue({ status: "PENDING", article: article.id });
    const queued = queue.content.find((c) => c.id === posted.id);
    assert.ok(queued, "the comment waits in the moderation queue");
    assert.equal((await editor.comments.moderate(queued, "APPROVED")).status, "APPROVED");

    const thread = await client.comments.list(article.id);
    assert.deepEqual(
      thread.content.map((c) => [c.id, c.authorName, c.depth]),
      [[posted.id, "Grace", 0]],
    );
    const afterApproval = await client.articles.get(article.id);
    assert.equal(afterApproval.commentCount, 1);
    assert.deepEqual(
      seen.filter((s) => s.url.endsWith(`/articles/${article.id}`)).map((s) => s.status),
      [200, 200],
      "the approval changed the article's ETag, so the second read is no 304",
    );
  });

  test("invalid input is a QuireProblem naming the broken field", async () => {
    await assert.rejects(editor.articles.create({ title: "" }), (e: unknown) => {
      assert.ok(e instanceof QuireProblem);
      assert.equal(e.status, 400);
      assert.ok(e.fieldErrors().title, JSON.stringify(e.problem));
      return true;
    });
  });

  test("a rejected access token is renewed once and the request retried", async (t) => {
    const grants: string[] = [];
    let tampered = false;
    const client = createClient({
      baseUrl: url!,
      fetch: async (request) => {
        if (request.url.endsWith("/api/v1/auth/token")) {
          grants.push(new URLSearchParams(await request.clone().text()).get("grant_type") ?? "");
        } else if (!tampered && request.headers.has("Authorization")) {
          tampered = true;
          request.headers.set("Authorization", "Bearer expired-or-revoked");
        }
        return fetch(request);
      },
    });
    const session = await client.signIn("admin", password!);

    assert.equal((await client.me()).username, "admin");

    const renewal = session.refreshToken === undefined ? "password" : "refresh_token";
    assert.deepEqual(grants, ["password", renewal]);
    t.diagnostic(`renewed with grant_type=${renewal}`);
  });

  test("refresh tokens rotate, and a rotated one is refused", async (t) => {
    const client = createClient({ baseUrl: url! });
    const session = await client.signIn("admin", password!);
    if (session.refreshToken === undefined) {
      t.skip("the server issues no refresh_token: sessions are renewed by signing in again (tested above)");
      return;
    }
    const restored = createClient({ baseUrl: url!, session: { ...session, expiresAt: Date.now() } });
    assert.equal((await restored.me()).username, "admin");
    assert.ok(restored.session?.refreshToken);
    assert.notEqual(restored.session?.refreshToken, session.refreshToken);

    const reuse = await fetch(`${url}/api/v1/auth/token`, {
      method: "POST",
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: session.refreshToken }),
    });
    assert.equal(reuse.status, 400);
  });

  test("a preview key reads drafts; the public and a content key do not", async (t) => {
    const description = (await (await fetch(`${url}/v3/api-docs`)).json()) as { paths: Record<string, unknown> };
    if (!("/api/v1/api-keys" in description.paths)) {
      t.skip("the server has no API keys yet: /api/v1/api-keys is not among the paths of /v3/api-docs");
      return;
    }
    const keyIds: string[] = [];
    const key = async (scope: string) => {
      const response = await editor.fetch("/api/v1/api-keys", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ name: `ts-client ${scope} ${run}`, scope }),
      });
      assert.equal(response.status, 201);
      const created = (await response.json()) as { key: string; id: string };
      keyIds.push(created.id);
      return created.key;
    };
    const draft = await write(`Preview ${run}`, false);
    const previewKey = await key("preview");
    const contentKey = await key("content");
    t.after(async () => {
      for (const id of keyIds) await editor.fetch(`/api/v1/api-keys/${id}`, { method: "DELETE" });
    });

    const preview = createClient({ baseUrl: url!, apiKey: previewKey });
    assert.equal((await preview.articles.get({ id: draft.id })).status, "DRAFT");
    const content = createClient({ baseUrl: url!, apiKey: contentKey });
    for (const client of [reader, content]) {
      await assert.rejects(client.articles.get({ id: draft.id }), (e: unknown) => e instanceof QuireProblem && e.status === 404);
    }
    const output = await runExample("preview-draft", [draft.id], { QUIRE_PREVIEW_KEY: previewKey });
    assert.match(output, new RegExp(`^\\[DRAFT\\] Preview ${run}\n`));
  });

  test("the home page and comment examples of the README run", async () => {
    const home = await runExample("home-page", []);
    assert.match(home, new RegExp(`Export rules 7 ${run}`));
    const comment = await runExample("post-comment", [article.id]);
    assert.equal(comment, "Thank you! Your comment awaits moderation.\n");
  });

  test("too many comments from one client are a RateLimitedError with Retry-After", async (t) => {
    for (let i = 0; i < 30; i++) {
      try {
        await reader.comments.post(article.id, {
          authorName: "Linus",
          authorEmail: "linus@example.org",
          body: `Question ${i} about run ${run}?`,
        });
      } catch (error) {
        assert.ok(error instanceof RateLimitedError, String(error));
        assert.equal(error.status, 429);
        assert.ok((error.retryAfterSeconds ?? 0) >= 1, "Retry-After says when to come back");
        t.diagnostic(`429 after ${i} comments; Retry-After ${error.retryAfterSeconds} s; RateLimit ${JSON.stringify(error.rateLimit)}`);
        return;
      }
    }
    t.skip("no 429 within 30 comments: this server's comment limit is higher");
  });

  test("signs out", async () => {
    await editor.signOut();
    assert.equal(editor.session, undefined);
    await assert.rejects(editor.me(), (e: unknown) => e instanceof QuireProblem && e.status === 401);
  });
});
