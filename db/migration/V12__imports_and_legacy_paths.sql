-- Imports (one row per import run, with its progress, counts and the problems it met) and the paths articles had on
-- the site they were imported from, so old links can be redirected. Runs on H2 and PostgreSQL alike.

create table imports (
    id           uuid          not null primary key,
    format       varchar(20)   not null,
    dry_run      boolean       not null,
    status       varchar(20)   not null,
    file_name    varchar(255),
    started_by   varchar(40)   not null,
    bytes_total  bigint        not null,
    bytes_read   bigint        not null,
    articles     integer       not null,
    tags         integer       not null,
    comments     integer       not null,
    users        integer       not null,
    assets       integer       not null,
    skipped      integer       not null,
    failed       integer       not null,
    unchanged    integer       not null,
    problems     varchar(1000000) not null,
    started_at   timestamp with time zone not null,
    finished_at  timestamp with time zone
);
create index ix_imports_started on imports (started_at);

-- A path (with its query, for ?p=123) of the old site, normalised: lower-case, one trailing slash, no host.
create table legacy_paths (
    path       varchar(500) not null primary key,
    article_id uuid         not null references articles (id) on delete cascade,
    created_at timestamp with time zone not null
);
create index ix_legacy_paths_article on legacy_paths (article_id);
