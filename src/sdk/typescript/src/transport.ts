import type { CachedResponse, ResponseCache } from "./cache.js";
import { problemOf } from "./problems.js";
import type { Sessions } from "./session.js";

export type Fetch = (request: Request) => Promise<Response>;

/**
 * Every request of a client goes through here: it carries the caller's credential (renewing a
 * session once after a 401), and reads are conditional: a GET whose answer was kept is sent
 * with `If-None-Match`, and a 304 is answered from the kept body as a 200.
 */
export class Transport {
  private readonly etags = new WeakMap<object, string>();
  private readonly base: URL;

  constructor(
    readonly baseUrl: string,
    private readonly fetchImpl: Fetch,
    private readonly sessions: Sessions,
    private readonly cache: ResponseCache | undefined,
  ) {
    this.base = absolute(baseUrl);
  }

  /** The fetch function of the typed client and of followed links. */
  readonly fetch: Fetch = async (request) => {
    const credential = await this.sessions.credential();
    const cacheKey =
      request.method === "GET" && this.cache && !request.headers.has("If-None-Match")
        ? `${credential.identity} ${request.url}`
        : undefined;
    const cached = cacheKey === undefined ? undefined : await this.cache?.get(cacheKey);
    const send = (authorization: string | undefined): Promise<Response> => {
      const attempt = request.clone();
      if (authorization !== undefined && !attempt.headers.has("Authorization")) {
        attempt.headers.set("Authorization", authorization);
      }
      if (cached) attempt.headers.set("If-None-Match", cached.etag);
      return this.fetchImpl(attempt);
    };
    let response = await send(credential.authorization);
    if (response.status === 401 && credential.accessToken !== undefined) {
      const renewed = await this.sessions.afterRejection(credential.accessToken);
      if (renewed?.identity === credential.identity) response = await send(renewed.authorization);
    }
    if (response.status === 304 && cached) return replay(cached);
    const etag = response.headers.get("ETag");
    if (cacheKey !== undefined && response.status === 200 && etag !== null && !etag.startsWith("W/")) {
      const body = await response.text();
      await this.cache?.set(cacheKey, {
        etag,
        body,
        contentType: response.headers.get("Content-Type"),
        link: response.headers.get("Link"),
      });
      // The body is read (and decoded) now: its transfer headers no longer describe it.
      const headers = new Headers(response.headers);
      headers.delete("Content-Encoding");
      headers.delete("Content-Length");
      return new Response(body, { status: 200, statusText: response.statusText, headers });
    }
    return response;
  };

  /** GETs a URL this client was given (a `next` link) and parses its JSON, or throws its problem. */
  async getJson<T>(url: string): Promise<{ data: T; response: Response }> {
    const response = await this.fetch(new Request(this.resolve(url), { headers: { Accept: "application/json" } }));
    if (!response.ok) throw await problemOf(response);
    return { data: (await response.json()) as T, response };
  }

  /**
   * A URL the server gave (such as a `next` link), made absolute against the base URL. A link to
   * another origin (a server behind a proxy that does not forward its public host) is taken
   * onto the base URL's origin, so credentials never go to another host.
   */
  resolve(url: string): string {
    const resolved = new URL(url, this.base);
    if (resolved.origin === this.base.origin) return resolved.href;
    return new URL(resolved.pathname.replace(/^\/+/, "") + resolved.search, this.base).href;
  }

  /** Remembers the ETag an object was read with, for the `If-Match` of a later change. */
  remember<T>(data: T, response: Response): T {
    const etag = response.headers.get("ETag");
    if (etag !== null && data !== null && typeof data === "object") this.etags.set(data, etag);
    return data;
  }

  etagOf(data: object): string | undefined {
    return this.etags.get(data);
  }
}

/** The base URL, made absolute against the page's when it is relative ("" or "/cms", in a browser). */
function absolute(baseUrl: string): URL {
  try {
    return new URL(`${baseUrl}/`);
  } catch {
    let page: string | undefined;
    try {
      page = globalThis.location?.href; // Deno throws when no --location is set
    } catch {
      page = undefined;
    }
    if (page === undefined) throw new TypeError(`baseUrl must be an absolute URL here: "${baseUrl}"`);
    return new URL(`${baseUrl}/`, page);
  }
}

function replay(cached: CachedResponse): Response {
  const headers = new Headers({ ETag: cached.etag });
  if (cached.contentType !== null) headers.set("Content-Type", cached.contentType);
  if (cached.link !== null) headers.set("Link", cached.link);
  return new Response(cached.body, { status: 200, headers });
}
