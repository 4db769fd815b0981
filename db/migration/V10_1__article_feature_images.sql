-- An article's feature image: the asset (kept from deletion by media_usage) and, when the
-- article says otherwise than the asset, its own alt text, caption and credit.
alter table articles add column feature_asset_id uuid;
alter table articles add column feature_alt varchar(1000);
alter table articles add column feature_caption varchar(2000);
alter table articles add column feature_credit varchar(500);
