-- The media library: image files stored once per distinct upload, the assets people upload
-- (each with its own text), what uses them, and files that may be left without a row.

-- One row per distinct upload (by the SHA-256 of its bytes), stored under a random key that
-- public URLs carry: /media/{storage_key}/original.{original_ext}, /media/{storage_key}/{width}.{rendition_ext}.
create table media_files (
    id               uuid         not null primary key,
    storage_key      varchar(32)  not null,
    sha256           varchar(64)  not null,
    content_type     varchar(20)  not null,
    bytes            bigint       not null,
    width            integer      not null,
    height           integer      not null,
    original_ext     varchar(4)   not null,
    rendition_ext    varchar(4)   not null,
    rendition_widths varchar(100) not null,
    created_at       timestamp with time zone not null
);
create unique index ux_media_files_storage_key on media_files (storage_key);
create unique index ux_media_files_sha256 on media_files (sha256);

create table media_assets (
    id          uuid          not null primary key,
    file_id     uuid          not null references media_files (id),
    filename    varchar(255)  not null,
    alt         varchar(1000),
    caption     varchar(2000),
    credit      varchar(500),
    focal_x     double precision,
    focal_y     double precision,
    uploaded_by uuid          not null,
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    version     bigint        not null
);
create index ix_media_assets_created on media_assets (created_at, id);
create index ix_media_assets_uploader on media_assets (uploaded_by, created_at, id);
create index ix_media_assets_file on media_assets (file_id);

-- Which owners (an article, ...) use an asset: an asset in use cannot be deleted.
create table media_usage (
    asset_id   uuid        not null references media_assets (id),
    owner_type varchar(40) not null,
    owner_id   uuid        not null,
    primary key (asset_id, owner_type, owner_id)
);
create index ix_media_usage_owner on media_usage (owner_type, owner_id);

-- Storage keys whose files may exist without a media_files row: written (committed) before an
-- upload stores its files and removed with the row that adopts them, or written when the last
-- asset of a file is deleted. What is still here after a while is swept from storage.
create table media_cleanup (
    storage_key varchar(32) not null primary key,
    since       timestamp with time zone not null
);
