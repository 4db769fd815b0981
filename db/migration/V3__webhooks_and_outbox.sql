-- Webhooks (subscriptions, the events they are sent, deliveries and every attempt), Spring Modulith's
-- event publication registry (the outbox of domain events) and ShedLock's lock table.
-- Runs on H2 and PostgreSQL alike.

create table webhooks (
    id         uuid          not null primary key,
    url        varchar(2000) not null,
    events     varchar(500)  not null,
    secret     varchar(200)  not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version    bigint        not null
);

-- One row per event that at least one subscription wanted; payload is the JSON sent as "data".
create table webhook_events (
    id          uuid              not null primary key,
    event_name  varchar(40)       not null,
    subject_id  uuid,
    occurred_at timestamp with time zone not null,
    payload     varchar(10000000) not null,
    created_at  timestamp with time zone not null
);
create index ix_webhook_events_created on webhook_events (created_at);

-- One row per event and subscription. subject_id (the article) orders deliveries: a later one for the same
-- subscription and article waits while an earlier one is PENDING.
create table webhook_deliveries (
    id              uuid        not null primary key,
    webhook_id      uuid        not null references webhooks (id) on delete cascade,
    event_id        uuid        not null references webhook_events (id),
    event_name      varchar(40) not null,
    subject_id      uuid,
    occurred_at     timestamp with time zone not null,
    event_order     integer     not null,
    status          varchar(20) not null,
    attempts        integer     not null,
    next_attempt_at timestamp with time zone,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint      not null
);
create index ix_webhook_deliveries_due on webhook_deliveries (status, next_attempt_at);
create index ix_webhook_deliveries_subject on webhook_deliveries (webhook_id, subject_id, status, occurred_at);
create index ix_webhook_deliveries_webhook on webhook_deliveries (webhook_id, created_at);
create index ix_webhook_deliveries_event on webhook_deliveries (event_id);

create table webhook_delivery_attempts (
    id            uuid          not null primary key,
    delivery_id   uuid          not null references webhook_deliveries (id) on delete cascade,
    attempted_at  timestamp with time zone not null,
    status_code   integer,
    duration_ms   bigint        not null,
    error         varchar(500),
    response_body varchar(4096)
);
create index ix_webhook_delivery_attempts_delivery on webhook_delivery_attempts (delivery_id, attempted_at);

-- Spring Modulith 2.0 event publication registry (spring-modulith-events-jpa), columns as in its
-- schema-h2.sql / schema-postgresql.sql (v2), written once for both databases.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index ix_event_publication_completion on event_publication (completion_date);

-- Used only with spring.modulith.events.completion-mode=archive; present so that mode can be switched on.
create table event_publication_archive (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar(4000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index ix_event_publication_archive_completion on event_publication_archive (completion_date);

-- ShedLock (shedlock-provider-jdbc-template): one row per named lock.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
