-- Lists continue from a cursor over (sort value, id): one index per order serves every page.
create index ix_articles_status_published_id on articles (status, published_at, id);
create index ix_articles_updated_id on articles (updated_at, id);
create index ix_articles_created_id on articles (created_at, id);
