/** Test helpers: a scripted server for the client's own behaviour, and the real one from QUIRE_URL. */

export interface Exchange {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

export type Handler = (exchange: Exchange) => Response | Promise<Response>;

/** A fetch that answers from `handler` and records every request it was given. */
export function scriptedServer(handler: Handler): { fetch: (request: Request) => Promise<Response>; exchanges: Exchange[] } {
  const exchanges: Exchange[] = [];
  return {
    exchanges,
    fetch: async (request) => {
      const exchange: Exchange = {
        method: request.method,
        url: new URL(request.url),
        headers: new Headers(request.headers),
        body: await request.text(),
      };
      exchanges.push(exchange);
      return handler(exchange);
    },
  };
}

export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  const problem = (init.status ?? 200) >= 400;
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { "Content-Type": problem ? "application/problem+json" : "application/json", ...init.headers },
  });
}

export function token(accessToken: string, expiresIn = 3600, refreshToken?: string): Response {
  return json({
    access_token: accessToken,
    token_type: "Bearer",
    expires_in: expiresIn,
    ...(refreshToken === undefined ? {} : { refresh_token: refreshToken }),
  });
}

export function unauthorized(): Response {
  return json(
    { type: "urn:quire:problem:unauthorized", title: "Unauthorized", status: 401, detail: "Sign in first." },
    { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="quire"' } },
  );
}

export function form(exchange: Exchange): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(exchange.body));
}

export const BASE = "https://cms.example.org";
