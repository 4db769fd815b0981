export { createClient, QuireClient, type QuireClientOptions } from "./client.js";
export type { ArticleListOptions, ArticleRef, ReadOptions, WithFields, WriteOptions } from "./articles.js";
export type { CommentListOptions, ModerationQueueOptions } from "./comments.js";
export type { TagListOptions } from "./tags.js";
export { MemoryCache, type CachedResponse, type ResponseCache } from "./cache.js";
export { Page, parseLinkHeader, type PageBody } from "./paging.js";
export {
  parseRateLimit,
  problemOf,
  QuireProblem,
  RateLimitedError,
  StaleWriteError,
  type FieldError,
  type RateLimit,
} from "./problems.js";
export { unwrap, type Target } from "./requests.js";
export type { Session } from "./session.js";
export type * from "./types.js";
