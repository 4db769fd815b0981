-- The per-client budgets of the rate limits (failed sign-ins, comments) when the database is PostgreSQL: one row
-- per client and limit, taken under a row lock, so the budget holds across all instances. Written and read by
-- Bucket4j's PostgreSQL backend (state: its serialized bucket; expires_at: epoch milliseconds at which the bucket
-- is full again, after which the row may be deleted). On the embedded database the budgets stay in memory and this
-- table stays empty. Runs on H2 and PostgreSQL alike.

create table rate_limit_buckets (
    id         varchar(300) not null primary key,
    state      bytea,
    expires_at bigint
);
create index ix_rate_limit_buckets_expires on rate_limit_buckets (expires_at);
