-- Annex 1: the diagnostic partagé. Each section of the model (I, II a-d, III a-g) holds the
-- Caf's text (signataire_id null) and the contribution of each signatory collectivité that
-- wrote one; each text carries its key figures, always with their source and year.
CREATE TABLE diagnostic_texte (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint        NOT NULL REFERENCES caf (id),
    convention_id   bigint        NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    section         varchar(40)   NOT NULL,
    signataire_id   bigint        REFERENCES signataire (id) ON DELETE CASCADE,
    texte           text          NOT NULL,
    modifie_le      timestamptz   NOT NULL DEFAULT now(),
    version         bigint        NOT NULL DEFAULT 0,
    CONSTRAINT diagnostic_texte_un_par_auteur UNIQUE NULLS NOT DISTINCT (convention_id, section, signataire_id)
);

CREATE TABLE diagnostic_chiffre (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint        NOT NULL REFERENCES caf (id),
    texte_id        bigint        NOT NULL REFERENCES diagnostic_texte (id) ON DELETE CASCADE,
    ordre           integer       NOT NULL,
    libelle         varchar(200)  NOT NULL,
    valeur          numeric(17, 4) NOT NULL,
    unite           varchar(40)   NOT NULL,
    source          varchar(300)  NOT NULL,
    annee           integer       NOT NULL CHECK (annee BETWEEN 1990 AND 2200)
);
CREATE INDEX diagnostic_chiffre_texte ON diagnostic_chiffre (texte_id, ordre);

ALTER TABLE diagnostic_texte ENABLE ROW LEVEL SECURITY;
CREATE POLICY diagnostic_texte_caf_courante ON diagnostic_texte
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());

ALTER TABLE diagnostic_chiffre ENABLE ROW LEVEL SECURITY;
CREATE POLICY diagnostic_chiffre_caf_courante ON diagnostic_chiffre
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
