-- The signed deliberation of a signatory body (annex "Délibérations"): a PDF, checked by content.
CREATE TABLE deliberation (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint       NOT NULL REFERENCES caf (id),
    convention_id   bigint       NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    signataire_id   bigint       NOT NULL UNIQUE REFERENCES signataire (id) ON DELETE CASCADE,
    nom_fichier     varchar(255) NOT NULL,
    taille          integer      NOT NULL,
    pages           integer      NOT NULL,
    sha256          varchar(64)  NOT NULL,
    contenu         bytea        NOT NULL,
    depose_le       timestamptz  NOT NULL DEFAULT now(),
    depose_par      varchar(60)  NOT NULL
);
CREATE INDEX deliberation_convention ON deliberation (convention_id);

ALTER TABLE deliberation ENABLE ROW LEVEL SECURITY;
CREATE POLICY deliberation_caf_courante ON deliberation
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
