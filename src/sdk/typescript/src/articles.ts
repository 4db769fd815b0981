import type { Client } from "openapi-fetch";
import type { Page, PageBody } from "./paging.js";
import { byIdOrSlug, firstPage, guard, listOf, queryString, type Result, type Target, unwrap } from "./requests.js";
import type { Transport } from "./transport.js";
import type {
  Article,
  ArticleChanges,
  ArticleField,
  ArticleListItem,
  ArticleQuery,
  NewArticle,
  paths,
  PublishOptions,
} from "./types.js";

/** With `fields`, exactly those fields of an article; without, the whole `Full`. */
export type WithFields<Full, F extends ArticleField> = [F] extends [never] ? Full : Pick<Article, F>;

export interface ArticleListOptions<F extends ArticleField = never>
  extends Omit<ArticleQuery, "tag" | "sort" | "fields"> {
  /** Tag slugs; any of them. */
  tag?: string | readonly string[];
  /** `field,asc` or `field,desc`; several for ties. */
  sort?: string | readonly string[];
  /** Only these fields of each article; without, every field but `body`, `bodyHtml` and `toc`. */
  fields?: readonly F[];
}

export interface ReadOptions<F extends ArticleField = never> {
  fields?: readonly F[];
}

/** An article by id or by slug; a string is taken as an id when it looks like one (a UUID). */
export type ArticleRef = string | { id: string } | { slug: string };

export interface WriteOptions {
  /** The ETag to send as `If-Match`; by default the one the article was read with. */
  ifMatch?: string;
}

/**
 * Articles: lists that page by their `next` links, reads that follow an old slug's 301 and
 * revalidate with ETags, and changes guarded by what was read (`If-Match`, else `version`).
 */
export class Articles {
  constructor(
    private readonly api: Client<paths>,
    private readonly transport: Transport,
  ) {}

  /** One page of articles (published ones for the public), newest first unless `sort` says otherwise. */
  async list<F extends ArticleField = never>(
    options: ArticleListOptions<F> = {},
  ): Promise<Page<WithFields<ArticleListItem, F>>> {
    const { tag, sort, fields, ...query } = options;
    const result = await this.api.GET("/api/v1/articles", {
      params: { query: { ...query, tag: listOf(tag), sort: listOf(sort) } },
      querySerializer: (q) => queryString({ ...q, fields }),
    });
    // With `fields`, the items are narrower than the description's list item: the page says so.
    return firstPage(result as Result<PageBody<WithFields<ArticleListItem, F>>>, this.transport);
  }

  /** Every page of the list, from the first. */
  async *pages<F extends ArticleField = never>(
    options: ArticleListOptions<F> = {},
  ): AsyncGenerator<Page<WithFields<ArticleListItem, F>>, void, undefined> {
    yield* (await this.list(options)).pages();
  }

  /** Every article of the list, page after page. */
  async *all<F extends ArticleField = never>(
    options: ArticleListOptions<F> = {},
  ): AsyncGenerator<WithFields<ArticleListItem, F>, void, undefined> {
    yield* (await this.list(options)).items();
  }

  /**
   * One article by id or slug. An old slug is followed to the article's current one (compare
   * `slug` with what you asked for to redirect your page); a string shaped like a UUID that is
   * no article's id is tried as a slug.
   */
  async get<F extends ArticleField = never>(
    ref: ArticleRef,
    options: ReadOptions<F> = {},
  ): Promise<WithFields<Article, F>> {
    const serialize = () => queryString({ fields: options.fields });
    const bySlug = async (slug: string) =>
      unwrap(
        await this.api.GET("/api/v1/articles/slug/{slug}", {
          params: { path: { slug } },
          querySerializer: serialize,
        }),
        this.transport,
      );
    const byId = async (id: string) =>
      unwrap(
        await this.api.GET("/api/v1/articles/{id}", { params: { path: { id } }, querySerializer: serialize }),
        this.transport,
      );
    const article =
      typeof ref === "string"
        ? await byIdOrSlug(ref, byId, bySlug)
        : "id" in ref
          ? await byId(ref.id)
          : await bySlug(ref.slug);
    return article as WithFields<Article, F>;
  }

  /** Creates a draft owned by the signed-in author. */
  async create(article: NewArticle): Promise<Article> {
    return unwrap(await this.api.POST("/api/v1/articles", { body: article }), this.transport);
  }

  /**
   * Changes only the given fields (JSON Merge Patch, `application/merge-patch+json`); `null`
   * clears an optional one. Guarded by what `article` was read with: a {@link StaleWriteError}
   * when someone else changed it since.
   */
  async update(article: Target, changes: ArticleChanges, options: WriteOptions = {}): Promise<Article> {
    const { id, headers, version } = guard(article, this.transport, options.ifMatch);
    const body: ArticleChanges = version === undefined || changes.version != null ? changes : { ...changes, version };
    const result = await this.api.PATCH("/api/v1/articles/{id}", {
      params: { path: { id } },
      headers: { ...headers, "Content-Type": "application/merge-patch+json" },
      body,
    });
    return unwrap(result, this.transport);
  }

  /** Replaces every editable field (absent optional ones are cleared). */
  async replace(article: Target, replacement: NewArticle, options: WriteOptions = {}): Promise<Article> {
    const { id, headers, version } = guard(article, this.transport, options.ifMatch);
    const body = version === undefined || replacement.version != null ? replacement : { ...replacement, version };
    return unwrap(
      await this.api.PUT("/api/v1/articles/{id}", { params: { path: { id } }, headers, body }),
      this.transport,
    );
  }

  async delete(article: Target, options: WriteOptions = {}): Promise<void> {
    const { id, headers } = guard(article, this.transport, options.ifMatch);
    await unwrap(await this.api.DELETE("/api/v1/articles/{id}", { params: { path: { id } }, headers }));
  }

  /** DRAFT → IN_REVIEW. */
  async submit(article: Target, options: WriteOptions = {}): Promise<Article> {
    const { id, headers, version } = guard(article, this.transport, options.ifMatch);
    return unwrap(
      await this.api.POST("/api/v1/articles/{id}/submit", { params: { path: { id } }, headers, body: { version } }),
      this.transport,
    );
  }

  /** Publishes now, or at `publishAt` (→ SCHEDULED). */
  async publish(article: Target, publish: PublishOptions = {}, options: WriteOptions = {}): Promise<Article> {
    const { id, headers, version } = guard(article, this.transport, options.ifMatch);
    const body = { ...publish, version: publish.version ?? version };
    return unwrap(
      await this.api.POST("/api/v1/articles/{id}/publish", { params: { path: { id } }, headers, body }),
      this.transport,
    );
  }

  /** → DRAFT. */
  async unpublish(article: Target, options: WriteOptions = {}): Promise<Article> {
    const { id, headers, version } = guard(article, this.transport, options.ifMatch);
    return unwrap(
      await this.api.POST("/api/v1/articles/{id}/unpublish", { params: { path: { id } }, headers, body: { version } }),
      this.transport,
    );
  }

  /** → ARCHIVED (kept, no longer listed for the public). */
  async archive(article: Target, options: WriteOptions = {}): Promise<Article> {
    const { id, headers, version } = guard(article, this.transport, options.ifMatch);
    return unwrap(
      await this.api.POST("/api/v1/articles/{id}/archive", { params: { path: { id } }, headers, body: { version } }),
      this.transport,
    );
  }
}
