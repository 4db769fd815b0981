-- Public lists of a tag read the join table alone: each link carries its article's publication time while the
-- article is PUBLISHED (null otherwise), so a page is a range scan of (tag_id, published_at, article_id) at any
-- depth. The article module keeps the column right in the transaction of every write. Runs on H2 and PostgreSQL alike.

-- The new index starts with tag_id, so the old one is redundant. It goes first: on H2, adding a column rebuilds
-- the table and the foreign key on tag_id would then claim the old index, which could no longer be dropped.
drop index ix_article_tags_tag;

alter table article_tags add column published_at timestamp with time zone;

update article_tags set published_at = (select a.published_at from articles a where a.id = article_tags.article_id)
where article_id in (select id from articles where status = 'PUBLISHED');

create index ix_article_tags_listing on article_tags (tag_id, published_at, article_id);
