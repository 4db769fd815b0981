import type { Problem } from "./types.js";

/** One broken field of an invalid request, as named in a problem's `errors`. */
export interface FieldError {
  field: string;
  message: string;
}

/**
 * Every error answer of Quire: an RFC 9457 problem (`application/problem+json`) with its
 * `status`, `type`, `title`, `detail` and, for invalid input, one entry per broken field in
 * `errors`. Answers that are not problems (a proxy's HTML error page, say) become a problem
 * of type `about:blank` with the HTTP status and reason.
 */
export class QuireProblem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  readonly errors: readonly FieldError[];
  /** The whole problem document as the server sent it, extension members included. */
  readonly problem: Problem & Record<string, unknown>;
  /** The answer's headers (`WWW-Authenticate`, `Retry-After`, `RateLimit`, …). */
  readonly headers: Headers;

  constructor(status: number, problem: Problem & Record<string, unknown>, headers: Headers) {
    const title = problem.title ?? stringMember(problem, "error") ?? `HTTP ${status}`;
    const detail = problem.detail ?? stringMember(problem, "error_description");
    super(detail ?? title);
    this.name = new.target.name;
    this.status = problem.status ?? status;
    this.type = problem.type ?? "about:blank";
    this.title = title;
    this.detail = detail;
    this.instance = problem.instance;
    this.errors = (problem.errors ?? []).map((e) => ({ field: e.field ?? "", message: e.message ?? "" }));
    this.problem = problem;
    this.headers = headers;
  }

  /** The messages of `errors` by field name, ready to show next to a form's inputs. */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries(this.errors.map((e) => [e.field, e.message]));
  }
}

/**
 * 412: the `If-Match` (or the `version`) sent with a change was stale: someone else changed the
 * resource since it was read, and nothing was changed. Read it again, show the difference, and
 * let the person decide.
 */
export class StaleWriteError extends QuireProblem {}

/**
 * 429: too many requests from this client. `retryAfterSeconds` is the server's `Retry-After`;
 * `rateLimit` what its `RateLimit` / `RateLimit-Policy` headers said, when it sent them.
 */
export class RateLimitedError extends QuireProblem {
  readonly retryAfterSeconds: number | undefined;
  readonly rateLimit: RateLimit | undefined;

  constructor(status: number, problem: Problem & Record<string, unknown>, headers: Headers) {
    super(status, problem, headers);
    this.retryAfterSeconds = retryAfterSeconds(headers.get("Retry-After"));
    this.rateLimit = parseRateLimit(headers);
  }
}

/** A rate limit as announced by the IETF httpapi `RateLimit` headers (draft 7 and later forms). */
export interface RateLimit {
  /** Name of the policy (later drafts), when given. */
  policy?: string;
  /** Requests allowed per window. */
  limit?: number;
  /** Requests left in the current window. */
  remaining?: number;
  /** Seconds until the window resets. */
  reset?: number;
  /** Window length in seconds (`RateLimit-Policy: …;w=60`). */
  window?: number;
}

/**
 * Reads the rate-limit headers of an answer. Understands both the combined draft-7 form
 * (`RateLimit: limit=10, remaining=0, reset=30`, or separate `RateLimit-Limit`, `-Remaining`,
 * `-Reset` headers) and the structured form of later drafts (`RateLimit: "comments";r=0;t=30`
 * with `RateLimit-Policy: "comments";q=5;w=60`). Undefined when the answer has none.
 */
export function parseRateLimit(headers: Headers): RateLimit | undefined {
  const result: RateLimit = {};
  const combined = headers.get("RateLimit");
  if (combined) {
    const item = structuredItem(combined);
    if (item.name !== undefined) {
      result.policy = item.name;
      result.remaining = item.params.r;
      result.reset = item.params.t;
    } else {
      result.limit = item.params.limit;
      result.remaining = item.params.remaining;
      result.reset = item.params.reset;
    }
  }
  result.limit ??= integer(headers.get("RateLimit-Limit"));
  result.remaining ??= integer(headers.get("RateLimit-Remaining"));
  result.reset ??= integer(headers.get("RateLimit-Reset"));
  const policy = headers.get("RateLimit-Policy");
  if (policy) {
    const items = policy.split(",").map(structuredItem);
    const matching = items.find((i) => i.name !== undefined && i.name === result.policy) ?? items[0];
    if (matching) {
      result.policy ??= matching.name;
      result.limit ??= matching.params.q ?? matching.params.limit;
      result.window = matching.params.w;
    }
  }
  const defined = Object.entries(result).filter(([, value]) => value !== undefined);
  return defined.length === 0 ? undefined : (Object.fromEntries(defined) as RateLimit);
}

/** Turns an error answer into the matching {@link QuireProblem}; `body` is its parsed body, if read. */
export async function problemOf(response: Response, body?: unknown): Promise<QuireProblem> {
  let parsed = body;
  if (parsed === undefined) {
    const text = await response.text().catch(() => "");
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = text;
    }
  }
  const problem: Problem & Record<string, unknown> =
    parsed !== null && typeof parsed === "object"
      ? (parsed as Problem & Record<string, unknown>)
      : {
          type: "about:blank",
          status: response.status,
          title: response.statusText || `HTTP ${response.status}`,
          detail: typeof parsed === "string" ? parsed : "",
          instance: new URL(response.url || "http://invalid/").pathname,
        };
  switch (response.status) {
    case 412:
      return new StaleWriteError(412, problem, response.headers);
    case 429:
      return new RateLimitedError(429, problem, response.headers);
    default:
      return new QuireProblem(response.status, problem, response.headers);
  }
}

function stringMember(problem: Record<string, unknown>, name: string): string | undefined {
  const value = problem[name];
  return typeof value === "string" ? value : undefined;
}

function retryAfterSeconds(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = integer(value);
  if (seconds !== undefined) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

function integer(value: string | null | undefined): number | undefined {
  if (value == null || !/^\s*\d+\s*$/.test(value)) return undefined;
  return Number.parseInt(value, 10);
}

/** `"name";a=1;b=2` (an RFC 8941 item with parameters) or `a=1, b=2` (draft 7's list). */
function structuredItem(text: string): { name?: string; params: Record<string, number | undefined> } {
  const trimmed = text.trim();
  const quoted = /^"([^"]*)"/.exec(trimmed);
  const name = quoted ? quoted[1] : undefined;
  const rest = quoted ? trimmed.slice(quoted[0].length) : trimmed;
  const params: Record<string, number | undefined> = {};
  for (const part of rest.split(/[;,]/)) {
    const [key, value] = part.split("=", 2).map((s) => s.trim());
    if (key && value !== undefined) params[key] = integer(value);
  }
  return { name, params };
}
