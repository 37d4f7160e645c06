-- Annex 3: the table of the autorités organisatrices de l'accueil du jeune enfant (art. L. 214-1-3 CASF).
-- One row per commune (a signatory commune, or a member commune of a signatory EPCI) and one per
-- signatory EPCI. signataire_id is the part the row belongs to (who may edit it): the commune itself
-- when it signs, else the signatory EPCI. The EPCI row stores no figure: the population of the
-- communes that transfer each competence is computed from the commune rows, never typed.
CREATE TABLE competence_ligne (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id              bigint        NOT NULL REFERENCES caf (id),
    convention_id       bigint        NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    signataire_id       bigint        NOT NULL REFERENCES signataire (id) ON DELETE CASCADE,
    nature              varchar(20)   NOT NULL CHECK (nature IN ('COMMUNE', 'GROUPEMENT')),
    -- INSEE code of a commune, SIREN of a groupement
    code                varchar(9)    NOT NULL,
    nom                 varchar(300)  NOT NULL,
    population_saisie   integer       CHECK (population_saisie >= 0),
    population_source   varchar(300),
    population_annee    integer,
    recenser            varchar(40),
    informer            varchar(40),
    planifier           varchar(40),
    soutenir            varchar(40),
    version             bigint        NOT NULL DEFAULT 0,
    CONSTRAINT competence_ligne_unique UNIQUE (convention_id, code),
    CONSTRAINT competence_ligne_population_sourcee
        CHECK (population_saisie IS NULL OR (population_source IS NOT NULL AND population_annee IS NOT NULL)),
    CONSTRAINT competence_ligne_exercices
        CHECK (nature = 'GROUPEMENT'
               OR (recenser IS NOT NULL AND informer IS NOT NULL AND planifier IS NOT NULL AND soutenir IS NOT NULL))
);
CREATE INDEX competence_ligne_signataire ON competence_ligne (signataire_id);

ALTER TABLE competence_ligne ENABLE ROW LEVEL SECURITY;
CREATE POLICY competence_ligne_caf_courante ON competence_ligne
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
