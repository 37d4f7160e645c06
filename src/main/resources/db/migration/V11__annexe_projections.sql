-- Annex 3: the early-childhood projection tables, one per autorité organisatrice (AO) holding the planning
-- competence, and one more per named zone when the AO splits its territory (zone '' = the whole territory).
-- The AO is kept by its code (INSEE code of a commune, SIREN of a groupement): the list of AO comes from the
-- competence table and may change without losing what was entered.
CREATE TABLE projection_tableau (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint         NOT NULL REFERENCES caf (id),
    convention_id   bigint         NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    code_ao         varchar(14)    NOT NULL,
    zone            varchar(100)   NOT NULL DEFAULT '',
    etp_vacants     numeric(6, 2)  CHECK (etp_vacants >= 0),
    etp_a_creer     numeric(6, 2)  CHECK (etp_a_creer >= 0),
    competences     varchar(2000)  NOT NULL DEFAULT '',
    autres_besoins  varchar(4000)  NOT NULL DEFAULT '',
    modifie_le      timestamptz    NOT NULL DEFAULT now(),
    version         bigint         NOT NULL DEFAULT 0,
    CONSTRAINT projection_tableau_unique UNIQUE (convention_id, code_ao, zone)
);

-- One cell: a row type and a column, 'actuel' (the current value) or a calendar year. Years that fall out of
-- the convention's period when it changes are kept, not shown.
CREATE TABLE projection_valeur (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint         NOT NULL REFERENCES caf (id),
    tableau_id      bigint         NOT NULL REFERENCES projection_tableau (id) ON DELETE CASCADE,
    ligne           varchar(30)    NOT NULL,
    colonne         varchar(6)     NOT NULL CHECK (colonne = 'actuel' OR colonne ~ '^[0-9]{4}$'),
    valeur          numeric(8, 2)  NOT NULL CHECK (valeur >= 0),
    CONSTRAINT projection_valeur_unique UNIQUE (tableau_id, ligne, colonne)
);

-- The investment projects of a table (type, indicative cost, target year, engineering needed).
CREATE TABLE projection_projet (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id                  bigint          NOT NULL REFERENCES caf (id),
    tableau_id              bigint          NOT NULL REFERENCES projection_tableau (id) ON DELETE CASCADE,
    ordre                   integer         NOT NULL,
    type                    varchar(30)     NOT NULL,
    description             varchar(500)    NOT NULL DEFAULT '',
    cout                    numeric(14, 2)  CHECK (cout >= 0),
    annee_cible             integer,
    ingenierie_necessaire   boolean         NOT NULL DEFAULT false,
    ingenierie              varchar(1000)   NOT NULL DEFAULT ''
);
CREATE INDEX projection_projet_tableau ON projection_projet (tableau_id, ordre);

ALTER TABLE projection_tableau ENABLE ROW LEVEL SECURITY;
CREATE POLICY projection_tableau_caf_courante ON projection_tableau
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
ALTER TABLE projection_valeur ENABLE ROW LEVEL SECURITY;
CREATE POLICY projection_valeur_caf_courante ON projection_valeur
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
ALTER TABLE projection_projet ENABLE ROW LEVEL SECURITY;
CREATE POLICY projection_projet_caf_courante ON projection_projet
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
