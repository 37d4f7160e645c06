-- Who saved an article or a free annex last, and when: shown to the person whose concurrent
-- save is refused (optimistic locking, issue #4), with the other version's text.
ALTER TABLE article ADD COLUMN modifie_par text, ADD COLUMN modifie_le timestamptz;
ALTER TABLE annexe ADD COLUMN modifie_par text, ADD COLUMN modifie_le timestamptz;
