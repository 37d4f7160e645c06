-- Avenants (issue #4): a signed convention is never modified in place; each change goes through an
-- avenant that lists its modifications (article or annex, old and new wording) and is signed by
-- every party. The consolidated text is computed: the convention with its signed avenants applied
-- in order. A prolongation avenant, once signed, moves the convention's effective end.
ALTER TABLE convention ADD COLUMN date_fin_prolongee date;

-- Same body as V21, with date_fin_prolongee among the "living" columns of a frozen convention.
CREATE OR REPLACE FUNCTION garder_convention_figee() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    vivant CONSTANT text[] := ARRAY['statut', 'date_resiliation', 'motif_resiliation', 'date_signature_prevue',
                                    'modifie_le', 'version', 'date_fin_prolongee'];
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.statut <> 'BROUILLON' THEN
            RAISE EXCEPTION 'convention % : suppression refusée hors brouillon', OLD.id USING ERRCODE = 'CTG01';
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.statut NOT IN ('BROUILLON', 'CONCERTATION', 'RELECTURE')
       AND (to_jsonb(OLD) - vivant) IS DISTINCT FROM (to_jsonb(NEW) - vivant) THEN
        RAISE EXCEPTION 'convention % figée : modification refusée', OLD.id USING ERRCODE = 'CTG01';
    END IF;
    RETURN NEW;
END
$$;

CREATE TABLE avenant (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id             bigint        NOT NULL REFERENCES caf (id),
    convention_id      bigint        NOT NULL REFERENCES convention (id),
    numero             integer       NOT NULL CHECK (numero >= 1),
    objet              varchar(1000) NOT NULL,
    type               varchar(20)   NOT NULL CHECK (type IN ('MODIFICATION', 'PROLONGATION')),
    statut             varchar(20)   NOT NULL
                       CHECK (statut IN ('BROUILLON', 'VALIDE', 'EN_SIGNATURE', 'SIGNE', 'ABANDONNE')),
    date_effet         date,
    nouvelle_date_fin  date,
    lieu               varchar(100),
    cree_par           varchar(200)  NOT NULL,
    cree_le            timestamptz   NOT NULL DEFAULT now(),
    modifie_le         timestamptz   NOT NULL DEFAULT now(),
    version            bigint        NOT NULL DEFAULT 0,
    UNIQUE (convention_id, numero),
    CHECK (type <> 'PROLONGATION' OR nouvelle_date_fin IS NOT NULL)
);
-- one avenant at a time between drafting and its last signature: the next one quotes its result
CREATE UNIQUE INDEX avenant_un_seul_en_cours ON avenant (convention_id)
    WHERE statut IN ('BROUILLON', 'VALIDE', 'EN_SIGNATURE');

CREATE TABLE avenant_modification (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id         bigint        NOT NULL REFERENCES caf (id),
    avenant_id     bigint        NOT NULL REFERENCES avenant (id) ON DELETE CASCADE,
    ordre          integer       NOT NULL,
    cible          varchar(10)   NOT NULL CHECK (cible IN ('ARTICLE', 'ANNEXE')),
    -- the article's or the annex's key in the convention ("duree", "equipements"…)
    reference      varchar(60)   NOT NULL,
    titre          varchar(300)  NOT NULL,
    ancien_texte   text          NOT NULL,
    nouveau_texte  text          NOT NULL,
    version        bigint        NOT NULL DEFAULT 0,
    UNIQUE (avenant_id, cible, reference)
);

CREATE TABLE avenant_signature (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint       NOT NULL REFERENCES caf (id),
    avenant_id      bigint       NOT NULL REFERENCES avenant (id) ON DELETE CASCADE,
    signataire_id   bigint       NOT NULL REFERENCES signataire (id),
    date_signature  date         NOT NULL,
    lieu            varchar(100) NOT NULL,
    copie_nom       varchar(255),
    copie_pages     integer,
    copie_sha256    varchar(64),
    enregistre_par  varchar(200) NOT NULL,
    enregistre_le   timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (avenant_id, signataire_id)
);

CREATE TABLE avenant_signature_copie (
    signature_id   bigint  PRIMARY KEY REFERENCES avenant_signature (id) ON DELETE CASCADE,
    caf_id         bigint  NOT NULL REFERENCES caf (id),
    contenu        bytea   NOT NULL
);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['avenant', 'avenant_modification', 'avenant_signature', 'avenant_signature_copie'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant())',
                       t || '_caf_courante', t);
    END LOOP;
END
$$;
