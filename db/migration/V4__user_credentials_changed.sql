-- Tokens issued before a user's password last changed are no longer accepted.
alter table users add column credentials_changed_at timestamp with time zone;
update users set credentials_changed_at = created_at;
alter table users alter column credentials_changed_at set not null;
