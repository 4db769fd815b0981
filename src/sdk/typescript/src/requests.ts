import { problemOf, QuireProblem } from "./problems.js";
import { Page, type PageBody } from "./paging.js";
import type { Transport } from "./transport.js";

/** What openapi-fetch answers: the parsed body of a success, or of an error. */
export interface Result<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The body of a successful answer, remembered with its ETag; a {@link QuireProblem} (or one of
 * its kinds) for an error answer. Use it on the answers of `client.raw`.
 */
export async function unwrap<T>(result: Result<T>, transport?: Transport): Promise<T> {
  if (!result.response.ok || result.error !== undefined) throw await problemOf(result.response, result.error);
  const data = result.data as T;
  return transport ? transport.remember(data, result.response) : data;
}

/** The first page of a list, able to follow its `next` links through the same transport. */
export async function firstPage<T>(result: Result<PageBody<T>>, transport: Transport): Promise<Page<T>> {
  const body = await unwrap(result);
  const follow = async (url: string): Promise<Page<T>> => {
    const { data, response } = await transport.getJson<PageBody<T>>(url);
    return new Page(data, response, follow);
  };
  return new Page(body, result.response, follow);
}

/**
 * Query strings as Quire reads them: arrays repeat the parameter (`tag=a&tag=b`), `fields` is
 * one comma-separated value, undefined values are left out.
 */
export function queryString(query: Record<string, unknown>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (name === "fields" && Array.isArray(value)) {
      if (value.length > 0) params.append(name, value.join(","));
    } else if (Array.isArray(value)) {
      for (const item of value) params.append(name, String(item));
    } else {
      params.append(name, String(value));
    }
  }
  return params.toString();
}

/** `x` or `[x, y]` as a list. */
export function listOf<T>(value: T | readonly T[] | undefined): T[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? [...(value as readonly T[])] : [value as T];
}

/** What a change is guarded with: the ETag it was read with, else the `version` it has. */
export interface Guard {
  id: string;
  headers: { "If-Match"?: string };
  version: number | undefined;
}

/** A resource to change: its id, or the object as it was read (which carries its ETag or version). */
export type Target = string | { id: string; version?: number | null };

export function guard(target: Target, transport: Transport, ifMatch?: string): Guard {
  if (typeof target === "string") {
    return { id: target, headers: ifMatch === undefined ? {} : { "If-Match": ifMatch }, version: undefined };
  }
  const etag = ifMatch ?? transport.etagOf(target);
  if (etag !== undefined) return { id: target.id, headers: { "If-Match": etag }, version: undefined };
  return { id: target.id, headers: {}, version: target.version ?? undefined };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Reads by id when `ref` looks like one (a UUID), else by slug. Slugs may look like UUIDs too,
 * so a UUID that is no id is tried as a slug.
 */
export async function byIdOrSlug<T>(
  ref: string,
  byId: (id: string) => Promise<T>,
  bySlug: (slug: string) => Promise<T>,
): Promise<T> {
  if (!UUID.test(ref)) return bySlug(ref);
  try {
    return await byId(ref);
  } catch (error) {
    if (error instanceof QuireProblem && error.status === 404) return bySlug(ref);
    throw error;
  }
}
