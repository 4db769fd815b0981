-- A revision says whether it was made by restoring an older one, and which fields it changed
-- from the revision before (comma-separated names; null on revisions written before this).
alter table article_revisions add column restored_from integer;
alter table article_revisions add column changed_fields varchar(100);
