-- A revision keeps the article's feature image and SEO settings as they were, so a restore brings
-- them back. A null noindex marks a revision written before they were kept: restoring it keeps
-- the article's current feature image and SEO settings.
alter table article_revisions add column feature_asset_id uuid;
alter table article_revisions add column feature_alt varchar(1000);
alter table article_revisions add column feature_caption varchar(2000);
alter table article_revisions add column feature_credit varchar(500);
alter table article_revisions add column seo_title varchar(200);
alter table article_revisions add column seo_description varchar(500);
alter table article_revisions add column canonical_url varchar(2000);
alter table article_revisions add column noindex boolean;
