-- Life cycle of a convention (issue #4): statuses beyond "brouillon", who moved it and why,
-- the planned signature date (reminders), the termination, the predecessor of a renewal.
ALTER TABLE convention
    ADD COLUMN date_signature_prevue  date,
    ADD COLUMN date_resiliation       date,
    ADD COLUMN motif_resiliation      varchar(30),
    ADD COLUMN predecesseur_id        bigint REFERENCES convention (id) ON DELETE SET NULL;

CREATE TABLE transition_convention (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id         bigint       NOT NULL REFERENCES caf (id),
    convention_id  bigint       NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    de             varchar(20)  NOT NULL,
    vers           varchar(20)  NOT NULL,
    auteur         varchar(200) NOT NULL,
    motif          text         NOT NULL DEFAULT '',
    le             timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX transition_convention_convention ON transition_convention (convention_id, le);

ALTER TABLE transition_convention ENABLE ROW LEVEL SECURITY;
CREATE POLICY transition_convention_caf_courante ON transition_convention
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
