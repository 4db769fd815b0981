import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createClient, QuireProblem, type Session } from "@quire/client";
import { BASE, type Exchange, form, json, scriptedServer, token, unauthorized } from "./support.js";

const ME = { id: "0b5c1f7e-8d1a-4c55-9a1e-2f6f7f1d3a10", username: "ada" };

/**
 * A server that issues `access-N` tokens (and `refresh-N` ones when `refresh` is on), accepts
 * only the newest access token, and treats a rotated refresh token as reuse.
 */
function tokenServer(options: { refresh: boolean; expiresIn?: number }) {
  let issued = 0;
  let refreshToken: string | undefined;
  const server = scriptedServer((exchange: Exchange) => {
    if (exchange.url.pathname === "/api/v1/auth/token") {
      const grant = form(exchange);
      if (grant.grant_type === "refresh_token" && grant.refresh_token !== refreshToken) {
        return json({ error: "invalid_grant", status: 400, title: "Bad Request" }, { status: 400 });
      }
      if (grant.grant_type === "password" && grant.password !== "secret") {
        return json({ error: "invalid_grant", status: 400, title: "Bad Request" }, { status: 400 });
      }
      issued++;
      refreshToken = options.refresh ? `refresh-${issued}` : undefined;
      return token(`access-${issued}`, options.expiresIn ?? 3600, refreshToken);
    }
    if (exchange.url.pathname === "/api/v1/auth/revoke") return new Response(null, { status: 200 });
    return exchange.headers.get("Authorization") === `Bearer access-${issued}` ? json(ME) : unauthorized();
  });
  return {
    ...server,
    expire: () => issued++, // the server no longer takes the current access token
    grants: () => server.exchanges.filter((e) => e.url.pathname === "/api/v1/auth/token").map(form),
  };
}

describe("signing in and staying signed in", () => {
  test("signs in with a form-encoded password grant and sends the token", async () => {
    const server = tokenServer({ refresh: false });
    const quire = createClient({ baseUrl: BASE, fetch: server.fetch });

    const session = await quire.signIn("ada", "secret");
    await quire.me();

    const signIn = server.exchanges[0];
    assert.equal(signIn?.headers.get("Content-Type"), "application/x-www-form-urlencoded");
    assert.deepEqual(form(signIn!), { grant_type: "password", username: "ada", password: "secret" });
    assert.equal(server.exchanges[1]?.headers.get("Authorization"), "Bearer access-1");
    assert.equal(session.accessToken, "access-1");
    assert.equal(session.refreshToken, undefined);
    assert.ok(!("password" in session));
  });

  test("wrong credentials are a QuireProblem", async () => {
    const quire = createClient({ baseUrl: BASE, fetch: tokenServer({ refresh: false }).fetch });
    await assert.rejects(quire.signIn("ada", "wrong"), (e: unknown) => e instanceof QuireProblem && e.status === 400);
    assert.equal(quire.session, undefined);
  });

  test("with refresh tokens, a rejected token is renewed once for concurrent requests, rotating the refresh token", async () => {
    const server = tokenServer({ refresh: true });
    const seen: (Session | null)[] = [];
    const quire = createClient({ baseUrl: BASE, fetch: server.fetch, onSession: (s) => seen.push(s) });
    await quire.signIn("ada", "secret");
    server.expire();

    const answers = await Promise.all([quire.me(), quire.me(), quire.me(), quire.me()]);

    assert.equal(answers.length, 4);
    assert.deepEqual(
      server.grants().map((g) => g.grant_type),
      ["password", "refresh_token"],
    );
    assert.equal(server.grants()[1]?.refresh_token, "refresh-1");
    assert.equal(quire.session?.refreshToken, "refresh-3");
    assert.deepEqual(
      seen.map((s) => s?.accessToken),
      ["access-1", "access-3"],
    );
  });

  test("a token about to expire is renewed before the request", async () => {
    const server = tokenServer({ refresh: true, expiresIn: 10 });
    const quire = createClient({ baseUrl: BASE, fetch: server.fetch });
    await quire.signIn("ada", "secret");

    await quire.me();

    assert.deepEqual(
      server.exchanges.map((e) => e.url.pathname),
      ["/api/v1/auth/token", "/api/v1/auth/token", "/api/v1/users/me"],
    );
    assert.equal(server.exchanges[2]?.headers.get("Authorization"), "Bearer access-2");
  });

  test("without refresh tokens, the client signs in again with the password it kept", async () => {
    const server = tokenServer({ refresh: false });
    const quire = createClient({ baseUrl: BASE, fetch: server.fetch });
    await quire.signIn("ada", "secret");
    server.expire();

    await quire.me();

    assert.deepEqual(server.grants(), [
      { grant_type: "password", username: "ada", password: "secret" },
      { grant_type: "password", username: "ada", password: "secret" },
    ]);
  });

  test("a session that cannot be renewed ends, and the 401 reaches the caller", async () => {
    const server = tokenServer({ refresh: false });
    const seen: (Session | null)[] = [];
    const quire = createClient({
      baseUrl: BASE,
      fetch: server.fetch,
      rememberPassword: false,
      onSession: (s) => seen.push(s),
    });
    await quire.signIn("ada", "secret");
    server.expire();

    await assert.rejects(quire.me(), (e: unknown) => e instanceof QuireProblem && e.status === 401);
    assert.equal(quire.session, undefined);
    assert.equal(seen.at(-1), null);
  });

  test("a refused refresh token ends the session", async () => {
    const server = tokenServer({ refresh: true });
    const quire = createClient({
      baseUrl: BASE,
      fetch: server.fetch,
      session: { username: "ada", accessToken: "stale", refreshToken: "revoked", expiresAt: Date.now() + 60_000 },
    });

    await assert.rejects(quire.me(), (e: unknown) => e instanceof QuireProblem && e.status === 401);
    assert.equal(quire.session, undefined);
  });

  test("signing out revokes the refresh token", async () => {
    const server = tokenServer({ refresh: true });
    const quire = createClient({ baseUrl: BASE, fetch: server.fetch });
    await quire.signIn("ada", "secret");

    await quire.signOut();

    const revoke = server.exchanges.at(-1);
    assert.equal(revoke?.url.pathname, "/api/v1/auth/revoke");
    assert.equal(form(revoke!).token, "refresh-1");
    assert.equal(quire.session, undefined);
  });

  test("an API key is sent as a bearer token; a signed-in session takes precedence", async () => {
    const server = tokenServer({ refresh: false });
    const quire = createClient({ baseUrl: BASE, fetch: server.fetch, apiKey: "quire_preview_abc" });

    await quire.articles.list().catch(() => undefined);
    await quire.signIn("ada", "secret");
    await quire.me();

    assert.equal(server.exchanges[0]?.headers.get("Authorization"), "Bearer quire_preview_abc");
    assert.equal(server.exchanges.at(-1)?.headers.get("Authorization"), "Bearer access-1");
  });
});
