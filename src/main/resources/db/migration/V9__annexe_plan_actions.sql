-- Annex 3: the plan d'actions. Axes (the shared objectives of the convention) in order, and in each
-- axis its fiches actions in order; their numbers (axis 2, action 2.3) are computed from that order,
-- never stored.
CREATE TABLE plan_axe (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint        NOT NULL REFERENCES caf (id),
    convention_id   bigint        NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    ordre           integer       NOT NULL,
    intitule        varchar(500)  NOT NULL,
    version         bigint        NOT NULL DEFAULT 0
);
CREATE INDEX plan_axe_convention ON plan_axe (convention_id, ordre);

-- The rich texts are sanitized on save (TexteRiche). The pilot is one of the convention's
-- signatories: if that signatory leaves the convention, the action stays, its pilot to be chosen
-- again. The chargé(e) de coopération is an account of the Caf (optional).
CREATE TABLE plan_action (
    id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id                    bigint        NOT NULL REFERENCES caf (id),
    convention_id             bigint        NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    axe_id                    bigint        NOT NULL REFERENCES plan_axe (id) ON DELETE CASCADE,
    ordre                     integer       NOT NULL,
    intitule                  varchar(500)  NOT NULL,
    diagnostic_initial        text          NOT NULL DEFAULT '',
    public_cible              text          NOT NULL DEFAULT '',
    objectifs_operationnels   text          NOT NULL DEFAULT '',
    modalites_mise_en_oeuvre  text          NOT NULL DEFAULT '',
    echeances                 varchar(2000) NOT NULL DEFAULT '',
    services_mobilises        text          NOT NULL DEFAULT '',
    resultats_attendus        text          NOT NULL DEFAULT '',
    partenaires_sollicites    text          NOT NULL DEFAULT '',
    indicateurs_evaluation    text          NOT NULL DEFAULT '',
    specificites_ao           text          NOT NULL DEFAULT '',
    pilote_signataire_id      bigint        REFERENCES signataire (id) ON DELETE SET NULL,
    charge_cooperation_id     bigint        REFERENCES utilisateur (id) ON DELETE SET NULL,
    version                   bigint        NOT NULL DEFAULT 0
);
CREATE INDEX plan_action_convention ON plan_action (convention_id, axe_id, ordre);
CREATE INDEX plan_action_axe ON plan_action (axe_id);
CREATE INDEX plan_action_pilote ON plan_action (pilote_signataire_id);

ALTER TABLE plan_axe ENABLE ROW LEVEL SECURITY;
CREATE POLICY plan_axe_caf_courante ON plan_axe
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());

ALTER TABLE plan_action ENABLE ROW LEVEL SECURITY;
CREATE POLICY plan_action_caf_courante ON plan_action
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
