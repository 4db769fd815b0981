-- Threads (depth, a sortable path, reply counts, removed placeholders), spam detection,
-- the moderation log, and articles whose comments are closed.

alter table articles add column comments_open boolean default true not null;

alter table comments add column depth integer default 0 not null;
alter table comments add column thread_path varchar(200) default '' not null;
alter table comments add column reply_count integer default 0 not null;
alter table comments add column removed boolean default false not null;
alter table comments add column body_hash varchar(64) default '' not null;
update comments set thread_path = cast(id as varchar(36)) where thread_path = '';
create index ix_comments_thread on comments (article_id, thread_path);
create index ix_comments_body_hash on comments (article_id, body_hash);

create table comment_moderations (
    id          uuid        not null primary key,
    comment_id  uuid        not null references comments (id) on delete cascade,
    moderator   varchar(40) not null,
    from_status varchar(20),
    to_status   varchar(20) not null,
    reason      varchar(200),
    created_at  timestamp with time zone not null
);
create index ix_comment_moderations_comment on comment_moderations (comment_id, created_at);
