-- What search engines and link previews read about an article, as its editors set it.
alter table articles add column seo_title varchar(200);
alter table articles add column seo_description varchar(500);
alter table articles add column canonical_url varchar(2000);
alter table articles add column noindex boolean default false not null;

-- What an author page shows about its author.
alter table users add column bio varchar(2000);
