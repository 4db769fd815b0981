-- The picture an author page shows for its author: an asset of the media library, kept from
-- deletion while it is used (media_usage, owner type 'user').
alter table users add column avatar_asset_id uuid;
