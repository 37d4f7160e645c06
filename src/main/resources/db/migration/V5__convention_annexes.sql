-- The annexes of a convention, in order: their numbers are computed from it, never stored.
-- contenu is NULL for the annexes of the model (their body comes from the model and, later, from
-- their structured data); it holds the sanitized rich text of annexes added by users.
CREATE TABLE annexe (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint       NOT NULL REFERENCES caf (id),
    convention_id   bigint       NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    ordre           integer      NOT NULL,
    cle             varchar(60)  NOT NULL,
    titre           varchar(300) NOT NULL,
    contenu         text,
    version         bigint       NOT NULL DEFAULT 0,
    UNIQUE (convention_id, cle)
);
CREATE INDEX annexe_convention ON annexe (convention_id, ordre);

ALTER TABLE annexe ENABLE ROW LEVEL SECURITY;
CREATE POLICY annexe_caf_courante ON annexe
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());

-- Conventions created before this migration get the five annexes of the CNAF 2026 model.
INSERT INTO annexe (caf_id, convention_id, ordre, cle, titre)
SELECT c.caf_id, c.id, m.ordre, m.cle, m.titre
FROM convention c
CROSS JOIN (VALUES
    (1, 'diagnostic', 'Diagnostic partagé'),
    (2, 'equipements', 'Liste des équipements et services soutenus par la collectivité locale compétente'),
    (3, 'plan-actions', 'Plan d''actions – Moyens mobilisés par chaque signataire dans le cadre des objectifs partagés'),
    (4, 'pilotage', 'Modalités de pilotage stratégique et opérationnel et suivi de la Ctg'),
    (5, 'deliberations', 'Délibérations des signataires')
) AS m (ordre, cle, titre);
