-- Rows of annex 2 are now edited one by one: optimistic locking, like every edited table.
ALTER TABLE equipement ADD COLUMN version bigint NOT NULL DEFAULT 0;
