import type { Client } from "openapi-fetch";
import type { Page } from "./paging.js";
import { byIdOrSlug, firstPage, listOf, queryString, unwrap } from "./requests.js";
import type { Transport } from "./transport.js";
import type { paths, Tag, TagQuery } from "./types.js";

export interface TagListOptions extends Omit<TagQuery, "sort"> {
  /** `name,asc`, `articleCount,desc`, … */
  sort?: string | readonly string[];
}

/** Tags, each with the number of published articles filed under it. */
export class Tags {
  constructor(
    private readonly api: Client<paths>,
    private readonly transport: Transport,
  ) {}

  async list(options: TagListOptions = {}): Promise<Page<Tag>> {
    const { sort, ...query } = options;
    const result = await this.api.GET("/api/v1/tags", {
      params: { query: { ...query, sort: listOf(sort) } },
      querySerializer: queryString,
    });
    return firstPage(result, this.transport);
  }

  /** One tag by slug (`ai`) or id. */
  get(slugOrId: string): Promise<Tag> {
    return byIdOrSlug(
      slugOrId,
      async (id) => unwrap(await this.api.GET("/api/v1/tags/{id}", { params: { path: { id } } }), this.transport),
      async (slug) =>
        unwrap(await this.api.GET("/api/v1/tags/slug/{slug}", { params: { path: { slug } } }), this.transport),
    );
  }
}
