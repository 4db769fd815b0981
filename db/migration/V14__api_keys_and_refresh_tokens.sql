-- API keys for sites, and refresh tokens for staying signed in. Both are kept only as SHA-256
-- hashes of high-entropy random secrets: the secret itself is shown once and never stored.

create table api_keys (
    id           uuid         not null primary key,
    name         varchar(100) not null,
    scope        varchar(20)  not null,
    key_hash     varchar(64)  not null,
    created_at   timestamp with time zone not null,
    last_used_at timestamp with time zone
);
create unique index ux_api_keys_key_hash on api_keys (key_hash);

create table refresh_tokens (
    id          uuid        not null primary key,
    family_id   uuid        not null,
    user_id     uuid        not null references users (id) on delete cascade,
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    rotated_at  timestamp with time zone
);
create unique index ux_refresh_tokens_token_hash on refresh_tokens (token_hash);
create index ix_refresh_tokens_family on refresh_tokens (family_id);
create index ix_refresh_tokens_user on refresh_tokens (user_id);
