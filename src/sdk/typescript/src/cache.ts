/** What a conditional read keeps of an answer: enough to answer again from it on a 304. */
export interface CachedResponse {
  etag: string;
  body: string;
  contentType: string | null;
  link: string | null;
}

/**
 * Where conditional reads keep what they read. A `Map<string, CachedResponse>` is one; so is a
 * wrapper around a key-value store shared by the instances of a server-side renderer (entries
 * are plain JSON). Keys start with the caller's identity, so a signed-in editor's answers are
 * never served to a reader.
 */
export interface ResponseCache {
  get(key: string): CachedResponse | undefined | Promise<CachedResponse | undefined>;
  set(key: string, value: CachedResponse): unknown;
}

/**
 * The default cache of a client: the most recently used answers, up to `maxCharacters` of
 * bodies in all (5 million by default).
 */
export class MemoryCache implements ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  private characters = 0;

  constructor(private readonly maxCharacters = 5_000_000) {}

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  set(key: string, value: CachedResponse): void {
    this.remove(key);
    if (value.body.length > this.maxCharacters) return;
    this.entries.set(key, value);
    this.characters += value.body.length;
    for (const [oldest, entry] of this.entries) {
      if (this.characters <= this.maxCharacters) break;
      this.entries.delete(oldest);
      this.characters -= entry.body.length;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.characters -= entry.body.length;
    }
  }
}
