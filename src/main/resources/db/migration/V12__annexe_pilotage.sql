-- Annex 4: the steering of the CTG. The comité de pilotage gathers the members each signatory
-- designates (one delegation per signatory, kept apart so that a collectivité's chargé·e de
-- coopération edits only its own); the rest (meeting frequencies, comité technique, commissions
-- de travail, chargés de coopération) belongs to one row per convention, edited by the Caf.
-- The presidency of the comité de pilotage is not stored here: it is the article 6 option of the
-- convention (convention.presidence_copil).
CREATE TABLE pilotage (
    id                              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id                          bigint        NOT NULL REFERENCES caf (id),
    convention_id                   bigint        NOT NULL UNIQUE REFERENCES convention (id) ON DELETE CASCADE,
    frequence_copil                 varchar(20),
    precision_frequence_copil       varchar(300)  NOT NULL DEFAULT '',
    missions_copil                  text          NOT NULL DEFAULT '',
    frequence_technique             varchar(20),
    precision_frequence_technique   varchar(300)  NOT NULL DEFAULT '',
    missions_technique              text          NOT NULL DEFAULT '',
    version                         bigint        NOT NULL DEFAULT 0
);

CREATE TABLE pilotage_membre_technique (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint        NOT NULL REFERENCES caf (id),
    pilotage_id     bigint        NOT NULL REFERENCES pilotage (id) ON DELETE CASCADE,
    ordre           integer       NOT NULL,
    nom             varchar(200)  NOT NULL,
    fonction        varchar(300)  NOT NULL,
    -- the organisme is a signatory of the convention, or else a free text
    signataire_id   bigint        REFERENCES signataire (id) ON DELETE SET NULL,
    organisme       varchar(300)  NOT NULL
);
CREATE INDEX pilotage_membre_technique_pilotage ON pilotage_membre_technique (pilotage_id, ordre);

CREATE TABLE pilotage_commission (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint        NOT NULL REFERENCES caf (id),
    pilotage_id     bigint        NOT NULL REFERENCES pilotage (id) ON DELETE CASCADE,
    ordre           integer       NOT NULL,
    intitule        varchar(300)  NOT NULL,
    theme           varchar(300)  NOT NULL,
    composition     text          NOT NULL,
    frequence       varchar(300)  NOT NULL
);
CREATE INDEX pilotage_commission_pilotage ON pilotage_commission (pilotage_id, ordre);

CREATE TABLE pilotage_charge (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint        NOT NULL REFERENCES caf (id),
    pilotage_id     bigint        NOT NULL REFERENCES pilotage (id) ON DELETE CASCADE,
    ordre           integer       NOT NULL,
    nom             varchar(200)  NOT NULL,
    -- the employer is a signatory of the convention, or else a free text
    signataire_id   bigint        REFERENCES signataire (id) ON DELETE SET NULL,
    employeur       varchar(300)  NOT NULL,
    etp             numeric(4, 2) NOT NULL CHECK (etp > 0 AND etp <= 10),
    financement_caf varchar(500)  NOT NULL
);
CREATE INDEX pilotage_charge_pilotage ON pilotage_charge (pilotage_id, ordre);

CREATE TABLE pilotage_delegation (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint        NOT NULL REFERENCES caf (id),
    convention_id   bigint        NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    signataire_id   bigint        NOT NULL REFERENCES signataire (id) ON DELETE CASCADE,
    version         bigint        NOT NULL DEFAULT 0,
    UNIQUE (convention_id, signataire_id)
);

CREATE TABLE pilotage_membre_copil (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint        NOT NULL REFERENCES caf (id),
    delegation_id   bigint        NOT NULL REFERENCES pilotage_delegation (id) ON DELETE CASCADE,
    ordre           integer       NOT NULL,
    civilite        varchar(10),
    nom             varchar(200)  NOT NULL,
    fonction        varchar(300)  NOT NULL
);
CREATE INDEX pilotage_membre_copil_delegation ON pilotage_membre_copil (delegation_id, ordre);

ALTER TABLE pilotage ENABLE ROW LEVEL SECURITY;
CREATE POLICY pilotage_caf_courante ON pilotage
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
ALTER TABLE pilotage_membre_technique ENABLE ROW LEVEL SECURITY;
CREATE POLICY pilotage_membre_technique_caf_courante ON pilotage_membre_technique
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
ALTER TABLE pilotage_commission ENABLE ROW LEVEL SECURITY;
CREATE POLICY pilotage_commission_caf_courante ON pilotage_commission
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
ALTER TABLE pilotage_charge ENABLE ROW LEVEL SECURITY;
CREATE POLICY pilotage_charge_caf_courante ON pilotage_charge
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
ALTER TABLE pilotage_delegation ENABLE ROW LEVEL SECURITY;
CREATE POLICY pilotage_delegation_caf_courante ON pilotage_delegation
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
ALTER TABLE pilotage_membre_copil ENABLE ROW LEVEL SECURITY;
CREATE POLICY pilotage_membre_copil_caf_courante ON pilotage_membre_copil
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
