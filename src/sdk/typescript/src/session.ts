import { problemOf } from "./problems.js";
import type { operations, paths, TokenResponse } from "./types.js";

/**
 * A signed-in editor's tokens. Keep it (the `onSession` option says when it changes) to stay
 * signed in across reloads, and give it back as the `session` option; it holds no password.
 */
export interface Session {
  username: string;
  accessToken: string;
  /** When the access token expires, in milliseconds since the epoch. */
  expiresAt: number;
  /** Present when the server issues refresh tokens; renewing rotates it. */
  refreshToken?: string;
}

/** How a request is authorized, and the identity its cached answers are kept under. */
export interface Credential {
  authorization?: string;
  identity: string;
  /** The session's access token when the request carries it (and may be renewed after a 401). */
  accessToken?: string;
}

export interface SessionOptions {
  baseUrl: string;
  fetch: (request: Request) => Promise<Response>;
  apiKey?: string;
  session?: Session | null;
  onSession?: (session: Session | null) => void;
  rememberPassword?: boolean;
}

/** Renew this long before the access token expires, so that a request never carries an expired one. */
const EARLY_RENEWAL_MS = 30_000;

type TokenAnswer = TokenResponse & { refresh_token?: string };
type PasswordGrant = NonNullable<operations["authToken"]["requestBody"]>["content"]["application/x-www-form-urlencoded"];

const TOKEN_PATH = "/api/v1/auth/token" satisfies keyof paths;
/** RFC 7009 revocation; servers without refresh tokens never see it (there is nothing to revoke). */
const REVOKE_PATH = "/api/v1/auth/revoke";

/**
 * Signing in with username and password (`grant_type=password`), and staying signed in: with a
 * refresh token when the server issues one (`grant_type=refresh_token`, rotated on every use),
 * otherwise by signing in again with the password it keeps in memory (never in `Session`).
 * Renewals are shared: concurrent requests that find the token expired renew it once, which
 * matters because reusing a rotated refresh token ends the whole session.
 */
export class Sessions {
  private current: Session | undefined;
  private password: string | undefined;
  private renewal: Promise<Session> | undefined;
  private readonly keyIdentity: string | undefined;

  constructor(private readonly options: SessionOptions) {
    this.current = options.session ?? undefined;
    this.keyIdentity = options.apiKey === undefined ? undefined : `key:${fingerprint(options.apiKey)}`;
  }

  get session(): Session | undefined {
    return this.current;
  }

  async signIn(username: string, password: string): Promise<Session> {
    const grant: PasswordGrant = { grant_type: "password", username, password };
    const session = this.accept(await this.token(grant), username);
    this.password = session.refreshToken === undefined && this.options.rememberPassword !== false ? password : undefined;
    return session;
  }

  /** Forgets the session and revokes its refresh token on the server, when it has one. */
  async signOut(): Promise<void> {
    const refreshToken = this.current?.refreshToken;
    this.end();
    if (refreshToken !== undefined) {
      const response = await this.post(REVOKE_PATH, { token: refreshToken, token_type_hint: "refresh_token" });
      if (!response.ok) throw await problemOf(response);
    }
  }

  /** The credential for the next request, renewing the session first when it is about to expire. */
  async credential(): Promise<Credential> {
    let session = this.current;
    if (session && session.expiresAt - Date.now() < EARLY_RENEWAL_MS && this.canRenew(session)) {
      session = await this.renew();
    }
    if (session) {
      return {
        authorization: `Bearer ${session.accessToken}`,
        identity: `user:${session.username}`,
        accessToken: session.accessToken,
      };
    }
    if (this.options.apiKey !== undefined) {
      return { authorization: `Bearer ${this.options.apiKey}`, identity: this.keyIdentity ?? "key" };
    }
    return { identity: "public" };
  }

  /**
   * After a 401 to a request that carried `rejected`: the credential to try once more, or
   * undefined when the session cannot be renewed (it has then ended).
   */
  async afterRejection(rejected: string): Promise<Credential | undefined> {
    const session = this.current;
    if (!session) return undefined;
    if (session.accessToken === rejected) {
      if (!this.canRenew(session)) {
        this.end();
        return undefined;
      }
      try {
        await this.renew();
      } catch {
        return undefined;
      }
    }
    return this.credential();
  }

  private canRenew(session: Session): boolean {
    return session.refreshToken !== undefined || this.password !== undefined;
  }

  private renew(): Promise<Session> {
    this.renewal ??= this.renewOnce().finally(() => {
      this.renewal = undefined;
    });
    return this.renewal;
  }

  private async renewOnce(): Promise<Session> {
    const session = this.current;
    if (!session) throw new Error("Not signed in.");
    try {
      if (session.refreshToken !== undefined) {
        return this.accept(
          await this.token({ grant_type: "refresh_token", refresh_token: session.refreshToken }),
          session.username,
        );
      }
      if (this.password !== undefined) {
        return this.accept(
          await this.token({ grant_type: "password", username: session.username, password: this.password }),
          session.username,
        );
      }
      throw new Error("The session cannot be renewed: sign in again.");
    } catch (error) {
      this.end();
      throw error;
    }
  }

  private accept(answer: TokenAnswer, username: string): Session {
    const session: Session = {
      username,
      accessToken: answer.access_token,
      expiresAt: Date.now() + answer.expires_in * 1000,
      ...(answer.refresh_token === undefined ? {} : { refreshToken: answer.refresh_token }),
    };
    if (session.refreshToken !== undefined) this.password = undefined;
    this.current = session;
    this.options.onSession?.(session);
    return session;
  }

  private end(): void {
    const hadSession = this.current !== undefined;
    this.current = undefined;
    this.password = undefined;
    if (hadSession) this.options.onSession?.(null);
  }

  private async token(form: Record<string, string>): Promise<TokenAnswer> {
    const response = await this.post(TOKEN_PATH, form);
    if (!response.ok) throw await problemOf(response);
    return (await response.json()) as TokenAnswer;
  }

  private post(path: string, form: Record<string, string>): Promise<Response> {
    return this.options.fetch(
      new Request(`${this.options.baseUrl}${path}`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
        body: new URLSearchParams(form).toString(),
      }),
    );
  }
}

/**
 * A short, stable tag for an API key (FNV-1a, 64 bits), so that answers read with different keys
 * are cached apart without the key itself appearing in cache keys.
 */
function fingerprint(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, "0");
}
