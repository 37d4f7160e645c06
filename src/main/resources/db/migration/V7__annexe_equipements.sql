-- Annex 2: the équipements et services soutenus, one list per signatory collectivité.
CREATE TABLE equipement (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint        NOT NULL REFERENCES caf (id),
    convention_id   bigint        NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    signataire_id   bigint        NOT NULL REFERENCES signataire (id) ON DELETE CASCADE,
    ordre           integer       NOT NULL,
    type            varchar(40)   NOT NULL,
    nom             varchar(500)  NOT NULL,
    gestionnaire    varchar(500)  NOT NULL,
    adresse         varchar(500)  NOT NULL,
    commune         varchar(500)  NOT NULL,
    code_insee      varchar(5)    NOT NULL,
    capacite        numeric(8, 2)
);
CREATE INDEX equipement_liste ON equipement (convention_id, signataire_id, ordre);

ALTER TABLE equipement ENABLE ROW LEVEL SECURITY;
CREATE POLICY equipement_caf_courante ON equipement
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
