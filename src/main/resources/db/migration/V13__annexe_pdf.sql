-- A custom annex may be an uploaded PDF rather than rich text: its description stays on the annex
-- row (read with the convention), its bytes in annexe_fichier (read only to send or assemble it).
ALTER TABLE annexe
    ADD COLUMN fichier_nom     varchar(255),
    ADD COLUMN fichier_taille  integer,
    ADD COLUMN fichier_pages   integer,
    ADD COLUMN fichier_sha256  varchar(64);

CREATE TABLE annexe_fichier (
    annexe_id       bigint       PRIMARY KEY REFERENCES annexe (id) ON DELETE CASCADE,
    caf_id          bigint       NOT NULL REFERENCES caf (id),
    convention_id   bigint       NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    contenu         bytea        NOT NULL,
    depose_le       timestamptz  NOT NULL DEFAULT now(),
    depose_par      varchar(60)  NOT NULL
);
CREATE INDEX annexe_fichier_convention ON annexe_fichier (convention_id);

ALTER TABLE annexe_fichier ENABLE ROW LEVEL SECURITY;
CREATE POLICY annexe_fichier_caf_courante ON annexe_fichier
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
