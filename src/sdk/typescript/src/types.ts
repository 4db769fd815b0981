/**
 * Names for the types generated from Quire's API description (`docs/openapi.yaml`). They are
 * taken from the operations rather than from schema names, so that they follow the answers the
 * client really receives.
 */
import type { components, operations, paths } from "./generated/openapi.js";

export type { components, operations, paths };

type Schemas = components["schemas"];
type Json<Op extends keyof operations, Status extends keyof operations[Op]["responses"]> =
  operations[Op]["responses"][Status] extends { content: { "application/json": infer T } } ? T : never;
type Query<Op extends keyof operations> = NonNullable<operations[Op]["parameters"]["query"]>;
type JsonBody<Op extends keyof operations> = operations[Op] extends {
  requestBody?: { content: { "application/json": infer T } };
}
  ? T
  : never;

/** One article, as a single read answers it. */
export type Article = Json<"articleGet", 200>;
/** A page of articles, as a list answers it. */
export type ArticlePage = Json<"articleList", 200>;
/** One article as lists show it. */
export type ArticleListItem = ArticlePage["content"][number];
/** The name of an article field, as `fields` takes it. */
export type ArticleField = keyof Article & string;
export type ArticleStatus = Schemas["ArticleStatus"];
export type NewArticle = JsonBody<"articleCreate">;
export type ArticleChanges = JsonBody<"articlePatch">;
export type PublishOptions = JsonBody<"articlePublish">;

export type Comment = Json<"commentList", 200>["content"][number];
export type NewComment = JsonBody<"commentPost">;
export type PostedComment = Json<"commentPost", 201>;
export type ModeratedComment = Json<"commentModerate", 200>;
export type CommentStatus = Schemas["CommentStatus"];

export type Tag = Json<"tagGet", 200>;
export type User = Json<"userMe", 200>;
export type PageMetadata = Schemas["PageMetadata"];
export type Problem = Schemas["Problem"];
export type TokenResponse = Json<"authToken", 200>;

export type ArticleQuery = Query<"articleList">;
export type CommentQuery = Query<"commentList">;
export type ModerationQueueQuery = Query<"commentQueue">;
export type TagQuery = Query<"tagList">;
