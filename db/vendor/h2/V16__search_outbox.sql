-- The outbox of search index changes (Hibernate Search's outbox-polling coordination), used when the search index
-- is shared (cms.search.backend=opensearch): every transaction that changes indexed data stores its index changes
-- here with the data; the event processors of all instances take them, each change once, and delete them once
-- indexed. Processors and mass indexers register in hsearch_agent to share the work. Column names follow the
-- application's naming strategy (snake case). Unused with the local index.
-- One file per database (db/vendor/h2, db/vendor/postgresql): the payloads are bytea here and blob on H2,
-- the types Hibernate expects of a byte[] without a length limit on each.

create table hsearch_outbox_event (
    id             uuid         not null primary key,
    entity_name    varchar(256) not null,
    entity_id      varchar(256) not null,
    entity_id_hash integer      not null,
    payload        blob         not null,
    retries        integer      not null,
    process_after  timestamp with time zone not null,
    status         varchar(255) not null,
    tenant_id      varchar(255)
);
create index ix_hsearch_outbox_event_due on hsearch_outbox_event (process_after);
create index ix_hsearch_outbox_event_hash on hsearch_outbox_event (entity_id_hash);
create index ix_hsearch_outbox_event_status on hsearch_outbox_event (status);

create table hsearch_agent (
    id                   uuid         not null primary key,
    type                 varchar(255) not null,
    name                 varchar(255) not null,
    expiration           timestamp with time zone not null,
    state                varchar(255) not null,
    total_shard_count    integer,
    assigned_shard_index integer,
    payload              blob,
    tenant_id            varchar(255)
);
