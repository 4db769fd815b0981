-- Quire core schema: users, tags, articles, comments. Runs on H2 and PostgreSQL alike.

create table users (
    id            uuid         not null primary key,
    username      varchar(40)  not null,
    password_hash varchar(200) not null,
    display_name  varchar(100) not null,
    enabled       boolean      not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint       not null
);
create unique index ux_users_username on users (username);

create table user_roles (
    user_id uuid        not null references users (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role)
);

create table tags (
    id            uuid         not null primary key,
    name          varchar(60)  not null,
    name_key      varchar(60)  not null,
    slug          varchar(120) not null,
    description   varchar(500),
    article_count integer      not null default 0,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null,
    version       bigint       not null
);
create unique index ux_tags_name_key on tags (name_key);
create unique index ux_tags_slug on tags (slug);

create table articles (
    id                   uuid             not null primary key,
    slug                 varchar(120)     not null,
    title                varchar(200)     not null,
    summary              varchar(500),
    body                 varchar(200000)  not null,
    body_html            varchar(1000000) not null,
    status               varchar(20)      not null,
    published_at         timestamp with time zone,
    scheduled_at         timestamp with time zone,
    author_id            uuid             not null references users (id),
    comment_count        integer          not null default 0,
    reading_time_minutes integer          not null,
    created_at           timestamp with time zone not null,
    updated_at           timestamp with time zone not null,
    version              bigint           not null
);
create unique index ux_articles_slug on articles (slug);
create index ix_articles_status_published on articles (status, published_at);
create index ix_articles_author on articles (author_id);
create index ix_articles_updated on articles (updated_at);

create table article_tags (
    article_id uuid not null references articles (id) on delete cascade,
    tag_id     uuid not null references tags (id) on delete cascade,
    primary key (article_id, tag_id)
);
create index ix_article_tags_tag on article_tags (tag_id);

create table comments (
    id           uuid          not null primary key,
    article_id   uuid          not null references articles (id) on delete cascade,
    parent_id    uuid          references comments (id) on delete cascade,
    author_name  varchar(80)   not null,
    author_email varchar(254)  not null,
    body         varchar(5000) not null,
    status       varchar(20)   not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint        not null
);
create index ix_comments_article_status on comments (article_id, status, created_at);
create index ix_comments_status_created on comments (status, created_at);
