import createFetchClient, { type Client } from "openapi-fetch";
import { Articles } from "./articles.js";
import { MemoryCache, type ResponseCache } from "./cache.js";
import { Comments } from "./comments.js";
import { type Session, Sessions } from "./session.js";
import { Tags } from "./tags.js";
import { type Fetch, Transport } from "./transport.js";
import type { paths, User } from "./types.js";
import { queryString, unwrap } from "./requests.js";

export interface QuireClientOptions {
  /** Where Quire answers, such as `https://cms.example.org` (the API is under `/api/v1`). */
  baseUrl: string;
  /**
   * An API key for a site: a `content` key reads what the public reads, a `preview` key also
   * drafts and scheduled articles. Sent as `Authorization: Bearer <key>`. Keep preview keys on
   * the server side of a site.
   */
  apiKey?: string;
  /** A session kept from an earlier sign-in (see `onSession`). */
  session?: Session | null;
  /** Called with the session whenever it changes (sign-in, renewal), and with null when it ends. */
  onSession?: (session: Session | null) => void;
  /**
   * Whether to keep the password in memory to sign in again when the access token expires, for
   * servers that issue no refresh token (default true). Never kept once a refresh token arrives.
   */
  rememberPassword?: boolean;
  /**
   * Where conditional reads keep ETags and bodies (default: in memory, per client); `false`
   * turns conditional reads off.
   */
  cache?: ResponseCache | false;
  /** The fetch to use (default: the global one). */
  fetch?: Fetch;
}

/** A client of one Quire server. */
export class QuireClient {
  readonly articles: Articles;
  readonly comments: Comments;
  readonly tags: Tags;
  /**
   * The whole API, typed from its description (openapi-fetch), through the same credentials and
   * conditional reads: `const result = await quire.raw.GET("/api/v1/users")`, then
   * `unwrap(result)` for the body or a {@link QuireProblem}.
   */
  readonly raw: Client<paths>;
  private readonly sessions: Sessions;
  private readonly transport: Transport;

  constructor(options: QuireClientOptions) {
    const baseUrl = options.baseUrl.replace(/\/+$/, "");
    const fetchImpl: Fetch = options.fetch ?? ((request) => globalThis.fetch(request));
    this.sessions = new Sessions({
      baseUrl,
      fetch: fetchImpl,
      apiKey: options.apiKey,
      session: options.session,
      onSession: options.onSession,
      rememberPassword: options.rememberPassword,
    });
    const cache = options.cache === false ? undefined : (options.cache ?? new MemoryCache());
    this.transport = new Transport(baseUrl, fetchImpl, this.sessions, cache);
    this.raw = createFetchClient<paths>({ baseUrl, fetch: this.transport.fetch, querySerializer: queryString });
    this.articles = new Articles(this.raw, this.transport);
    this.comments = new Comments(this.raw, this.transport);
    this.tags = new Tags(this.raw, this.transport);
  }

  /** Signs in with username and password (`grant_type=password`), for editorial tools. */
  signIn(username: string, password: string): Promise<Session> {
    return this.sessions.signIn(username, password);
  }

  /** Ends the session (and revokes its refresh token on the server, when it has one). */
  signOut(): Promise<void> {
    return this.sessions.signOut();
  }

  /** The current session, or undefined when signed out. */
  get session(): Session | undefined {
    return this.sessions.session;
  }

  /** The signed-in user. */
  async me(): Promise<User> {
    return unwrap(await this.raw.GET("/api/v1/users/me"), this.transport);
  }

  /** The ETag an object returned by this client was read with, if any. */
  etagOf(resource: object): string | undefined {
    return this.transport.etagOf(resource);
  }

  /**
   * A request to any path or URL of this server (for operations newer than this client's types),
   * with the client's credentials and conditional reads; the answer as it is.
   */
  fetch(pathOrUrl: string, init?: RequestInit): Promise<Response> {
    return this.transport.fetch(new Request(this.transport.resolve(pathOrUrl), init));
  }
}

export function createClient(options: QuireClientOptions): QuireClient {
  return new QuireClient(options);
}
