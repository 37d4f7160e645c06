-- Renewal of a convention (issue #4, item 10): a convention in its last year starts its successor, a new
-- draft that keeps the parties, the diagnostic (to update) and the action plan (each fiche kept, closed or
-- to rewrite), linked to its predecessor by convention.predecesseur_id (V15).

-- One successor at most: a second renewal of the same convention is refused even under a race.
CREATE UNIQUE INDEX convention_un_seul_successeur ON convention (predecesseur_id)
    WHERE predecesseur_id IS NOT NULL;

-- Texts copied from the predecessor's diagnostic stay "à mettre à jour" until saved again.
ALTER TABLE diagnostic_texte ADD COLUMN a_mettre_a_jour boolean NOT NULL DEFAULT false;

-- Fiches actions copied to be rewritten stay "à réécrire" until saved again.
ALTER TABLE plan_action ADD COLUMN a_reecrire boolean NOT NULL DEFAULT false;

-- What the renewal decided for each fiche action of the predecessor (kept, closed, to rewrite), with the
-- optional note: the successor lists its predecessor's closed fiches from here. Written once, at the
-- renewal, never edited: no freeze trigger.
CREATE TABLE renouvellement_fiche (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id                  bigint        NOT NULL REFERENCES caf (id),
    convention_id           bigint        NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    ordre                   integer       NOT NULL,
    numero                  varchar(20)   NOT NULL,
    intitule                varchar(500)  NOT NULL,
    choix                   varchar(20)   NOT NULL CHECK (choix IN ('RECONDUIRE', 'CLORE', 'REECRIRE')),
    note                    varchar(2000) NOT NULL DEFAULT '',
    action_id               bigint        REFERENCES plan_action (id) ON DELETE SET NULL
);
CREATE INDEX renouvellement_fiche_convention ON renouvellement_fiche (convention_id, ordre);

ALTER TABLE renouvellement_fiche ENABLE ROW LEVEL SECURITY;
CREATE POLICY renouvellement_fiche_caf_courante ON renouvellement_fiche
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
