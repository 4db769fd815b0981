import type { Client } from "openapi-fetch";
import type { Page } from "./paging.js";
import { firstPage, guard, listOf, queryString, type Target, unwrap } from "./requests.js";
import type { Transport } from "./transport.js";
import type {
  Comment,
  CommentQuery,
  CommentStatus,
  ModeratedComment,
  ModerationQueueQuery,
  NewComment,
  paths,
  PostedComment,
} from "./types.js";

export interface CommentListOptions extends Omit<CommentQuery, "sort"> {
  sort?: string | readonly string[];
}

export interface ModerationQueueOptions extends Omit<ModerationQueueQuery, "sort"> {
  sort?: string | readonly string[];
}

/** Reader comments (approved ones, threaded), posting them, and their moderation by editors. */
export class Comments {
  constructor(
    private readonly api: Client<paths>,
    private readonly transport: Transport,
  ) {}

  /**
   * The approved comments of a published article in reading order: each comment followed by its
   * replies, `depth` saying how far to indent.
   */
  async list(articleId: string, options: CommentListOptions = {}): Promise<Page<Comment>> {
    const { sort, ...query } = options;
    const result = await this.api.GET("/api/v1/articles/{id}/comments", {
      params: { path: { id: articleId }, query: { ...query, sort: listOf(sort) } },
      querySerializer: queryString,
    });
    return firstPage(result, this.transport);
  }

  /**
   * Posts a reader's comment: PENDING until an editor approves it (an editor's own is approved at
   * once). Too many from one client is a {@link RateLimitedError} with `retryAfterSeconds`.
   */
  async post(articleId: string, comment: NewComment): Promise<PostedComment> {
    return unwrap(
      await this.api.POST("/api/v1/articles/{id}/comments", { params: { path: { id: articleId } }, body: comment }),
    );
  }

  /** The moderation queue (editors): filter by `status` and `article`. */
  async queue(options: ModerationQueueOptions = {}): Promise<Page<ModeratedComment>> {
    const { sort, ...query } = options;
    const result = await this.api.GET("/api/v1/comments", {
      params: { query: { ...query, sort: listOf(sort) } },
      querySerializer: queryString,
    });
    return firstPage(result, this.transport);
  }

  /** Approves, rejects or marks a comment as spam (editors); guarded by the version read. */
  async moderate(comment: Target, status: CommentStatus, options: { ifMatch?: string } = {}): Promise<ModeratedComment> {
    const { id, headers, version } = guard(comment, this.transport, options.ifMatch);
    const result = await this.api.PATCH("/api/v1/comments/{id}", {
      params: { path: { id } },
      headers: { ...headers, "Content-Type": "application/merge-patch+json" },
      body: { status, version },
    });
    return unwrap(result, this.transport);
  }

  async delete(comment: Target, options: { ifMatch?: string } = {}): Promise<void> {
    const { id, headers } = guard(comment, this.transport, options.ifMatch);
    await unwrap(await this.api.DELETE("/api/v1/comments/{id}", { params: { path: { id } }, headers }));
  }
}
