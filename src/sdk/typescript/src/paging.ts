import type { PageMetadata } from "./types.js";

/** The body of every list answer: a page of items and where the next page is. */
export interface PageBody<T> {
  content: T[];
  page: PageMetadata;
  next?: string | null;
}

/**
 * One page of a list. `next()` follows the server's `next` link (from the `Link` header, or the
 * body's `next`): a cursor where the order allows, so walking to the last page stays as fast as
 * reading the first. `pages()` and `items()` walk from this page to the end.
 */
export class Page<T> {
  readonly content: T[];
  readonly page: PageMetadata;
  /** The URL of the next page, or null on the last one. */
  readonly nextUrl: string | null;
  /** The list's ETag, as it was when this page was read. */
  readonly etag: string | null;

  constructor(
    body: PageBody<T>,
    response: Response,
    private readonly follow: (url: string) => Promise<Page<T>>,
  ) {
    this.content = body.content;
    this.page = body.page;
    this.nextUrl = parseLinkHeader(response.headers.get("Link")).next ?? body.next ?? null;
    this.etag = response.headers.get("ETag");
  }

  get hasNext(): boolean {
    return this.nextUrl !== null;
  }

  /** The next page, or null when this is the last. */
  next(): Promise<Page<T> | null> {
    return this.nextUrl === null ? Promise.resolve(null) : this.follow(this.nextUrl);
  }

  /** This page and every page after it. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let page: Page<T> | null = this;
    while (page !== null) {
      yield page;
      page = await page.next();
    }
  }

  /** The items of this page and of every page after it. */
  async *items(): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.content;
  }
}

/**
 * The targets of an RFC 8288 `Link` header by relation (`next`, `prev`, `first`, `last`, …).
 * Commas inside `<…>` (as in `sort=title,asc`) and quoted parameters are handled.
 */
export function parseLinkHeader(header: string | null | undefined): Record<string, string> {
  const links: Record<string, string> = {};
  if (!header) return links;
  const link = /<([^>]*)>((?:\s*;\s*[^\s;,=]+(?:\s*=\s*(?:"(?:[^"\\]|\\.)*"|[^;,]*))?)*)/g;
  for (const match of header.matchAll(link)) {
    const target = match[1] ?? "";
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]+))/i.exec(match[2] ?? "");
    for (const name of (rel?.[1] ?? rel?.[2] ?? "").split(/\s+/)) {
      if (name && !(name in links)) links[name.toLowerCase()] = target;
    }
  }
  return links;
}
