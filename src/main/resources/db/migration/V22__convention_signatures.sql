-- Signatures of a convention (issue #4): one per signatory, recorded while the convention is "en
-- signature", with the signed copy (PDF) and its SHA-256. Not frozen by V21: signing is what a
-- validated convention is for.
CREATE TABLE signature (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint       NOT NULL REFERENCES caf (id),
    convention_id   bigint       NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    signataire_id   bigint       NOT NULL UNIQUE REFERENCES signataire (id),
    date_signature  date         NOT NULL,
    lieu            varchar(100) NOT NULL,
    copie_nom       varchar(255) NOT NULL,
    copie_taille    integer      NOT NULL,
    copie_pages     integer      NOT NULL,
    copie_sha256    varchar(64)  NOT NULL,
    enregistre_par  varchar(200) NOT NULL,
    enregistre_le   timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX signature_convention ON signature (convention_id);

CREATE TABLE signature_copie (
    signature_id   bigint  PRIMARY KEY REFERENCES signature (id) ON DELETE CASCADE,
    caf_id         bigint  NOT NULL REFERENCES caf (id),
    contenu        bytea   NOT NULL
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['signature', 'signature_copie'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant())',
                       t || '_caf_courante', t);
    END LOOP;
END
$$;
