-- Article revisions (numbered snapshots of the editable content) and the slugs an article had before.

create table article_revisions (
    id         uuid            not null primary key,
    article_id uuid            not null references articles (id) on delete cascade,
    number     integer         not null,
    created_at timestamp with time zone not null,
    editor     varchar(40)     not null,
    title      varchar(200)    not null,
    slug       varchar(120)    not null,
    summary    varchar(500),
    body       varchar(200000) not null,
    tags       varchar(4000)   not null
);
create unique index ux_article_revisions_number on article_revisions (article_id, number);

create table article_slugs (
    slug       varchar(120) not null primary key,
    article_id uuid         not null references articles (id) on delete cascade,
    created_at timestamp with time zone not null
);
create index ix_article_slugs_article on article_slugs (article_id);
