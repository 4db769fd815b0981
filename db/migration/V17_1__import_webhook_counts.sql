-- Imports count the webhook subscriptions they restore.
alter table imports add column webhooks integer default 0 not null;
