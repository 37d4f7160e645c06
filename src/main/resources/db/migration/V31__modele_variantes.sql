-- Models (issue #4): the national editions of the model, and each Caf's own variant of it.

-- National editions shipped in the jar, registered once at startup (the first load date stays): the
-- same for every Caf, so no caf_id and no row-level security. The application only reads and adds.
CREATE TABLE modele_edition (
    code          varchar(30)   PRIMARY KEY,
    libelle       varchar(200)  NOT NULL,
    date_edition  date          NOT NULL,
    fichier       varchar(200)  NOT NULL,
    empreinte     varchar(64)   NOT NULL,
    chargee_le    timestamptz   NOT NULL DEFAULT now()
);
REVOKE UPDATE, DELETE ON modele_edition FROM atelier_app;

-- A Caf's variant (one per Caf), based on one national edition. Its version numbers what new
-- conventions record ("CNAF-2026 + variante Caf 47 v3") and guards concurrent edits.
CREATE TABLE modele_variante (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id         bigint        NOT NULL UNIQUE REFERENCES caf (id),
    edition_base   varchar(30)   NOT NULL REFERENCES modele_edition (code),
    version        bigint        NOT NULL,
    creee_le       timestamptz   NOT NULL,
    creee_par      varchar(200)  NOT NULL,
    modifiee_le    timestamptz   NOT NULL,
    modifiee_par   varchar(200)  NOT NULL
);

-- The Caf's wording of a text the model marks "à adapter" (préambule, article 2…); a text with no
-- row follows the national wording of the base edition.
CREATE TABLE modele_variante_article (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id        bigint        NOT NULL REFERENCES caf (id),
    variante_id   bigint        NOT NULL REFERENCES modele_variante (id) ON DELETE CASCADE,
    cle           varchar(60)   NOT NULL,
    contenu       text          NOT NULL,
    modifie_le    timestamptz   NOT NULL,
    modifie_par   varchar(200)  NOT NULL,
    UNIQUE (variante_id, cle)
);

-- Each move of a variant onto a newer national edition, with the choice made for every changed text.
CREATE TABLE modele_adoption (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id            bigint        NOT NULL REFERENCES caf (id),
    variante_id       bigint        NOT NULL REFERENCES modele_variante (id) ON DELETE CASCADE,
    edition_avant     varchar(30)   NOT NULL REFERENCES modele_edition (code),
    edition_apres     varchar(30)   NOT NULL REFERENCES modele_edition (code),
    version_variante  bigint        NOT NULL,
    adoptee_le        timestamptz   NOT NULL,
    adoptee_par       varchar(200)  NOT NULL
);
CREATE INDEX modele_adoption_variante ON modele_adoption (variante_id, adoptee_le);

CREATE TABLE modele_adoption_choix (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id        bigint        NOT NULL REFERENCES caf (id),
    adoption_id   bigint        NOT NULL REFERENCES modele_adoption (id) ON DELETE CASCADE,
    cle           varchar(60)   NOT NULL,
    titre         varchar(300)  NOT NULL,
    choix         varchar(20)   NOT NULL CHECK (choix IN ('ADOPTER_NATIONAL', 'GARDER_CAF'))
);
CREATE INDEX modele_adoption_choix_adoption ON modele_adoption_choix (adoption_id);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['modele_variante', 'modele_variante_article', 'modele_adoption',
                             'modele_adoption_choix'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant())',
                       t || '_caf_courante', t);
    END LOOP;
END
$$;

-- What a convention started from: the edition code, and the Caf's variant with its version when
-- there was one ("CNAF-2026 + variante Caf 47 v3").
ALTER TABLE convention ALTER COLUMN edition_modele TYPE varchar(100);
