-- History of every change to a convention (issue #4): who, when, which field, before and after.
-- Captured by PostgreSQL triggers, so that no code path (a service, an import, a forgotten module)
-- can change a convention without leaving a trace. One row per changed field; an inserted or deleted
-- row is one row (champ '*') holding all its values as a JSON object, so a deleted row's values stay
-- readable and recoverable (one entry rather than one per field: a CSV import replacing 1,000 rows
-- writes 2,000 entries, not 18,000).
-- The application passes the user on each connection checkout (app.utilisateur, app.utilisateur_nom,
-- RowLevelSecurityDataSource); without a user (scheduled jobs, demo loader) the author is
-- "Atelier CTG". No foreign key: the history outlives the rows it describes.
CREATE TABLE historique_modification (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id           bigint        NOT NULL REFERENCES caf (id),
    convention_id    bigint        NOT NULL,
    tableau          varchar(63)   NOT NULL,
    ligne_id         bigint        NOT NULL,
    -- what identifies the row for a reader at that moment (its name, title, section…)
    repere           text,
    operation        varchar(6)    NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    champ            varchar(63)   NOT NULL,
    avant            text,
    apres            text,
    utilisateur_id   bigint,
    utilisateur_nom  varchar(200)  NOT NULL,
    horodatage       timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX historique_convention ON historique_modification (convention_id, horodatage DESC, id DESC);
CREATE INDEX historique_ligne ON historique_modification (tableau, ligne_id);

ALTER TABLE historique_modification ENABLE ROW LEVEL SECURITY;
CREATE POLICY historique_modification_caf_courante ON historique_modification
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
-- Only the trigger writes (as the owner, SECURITY DEFINER): the application reads.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON historique_modification FROM atelier_app;

-- Arguments: 0 the column leading to the convention (convention_id, or a parent's id), 1 the parent
-- table when that column is a parent's id ('' otherwise), 2 the columns naming the row (comma-
-- separated, '' for none), 3 the row's key column, 4 the binary columns (their size is recorded,
-- never their bytes).
CREATE FUNCTION historiser() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    ancienne  jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    nouvelle  jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    ligne     jsonb := coalesce(nouvelle, ancienne);
    lien      text := TG_ARGV[0];
    parent    text := nullif(TG_ARGV[1], '');
    cle       text := TG_ARGV[3];
    binaires  text[] := string_to_array(nullif(TG_ARGV[4], ''), ',');
    -- technical columns, and the moments already given by horodatage
    -- (modifie_par: who saved an article last, for concurrent edits; the history has its own author)
    exclus    text[] := ARRAY['id', 'caf_id', 'convention_id', 'version', 'modifie_le', 'modifie_par', 'cree_le',
                              'depose_le', 'enregistre_le', lien, cle];
    cid       bigint;
    pid       bigint;
    nom       text;
    c         text;
BEGIN
    IF parent IS NULL THEN
        cid := (ligne ->> lien)::bigint;
    ELSE
        pid := (ligne ->> lien)::bigint;
        -- static queries for the known parents (their plans are cached), dynamic SQL otherwise
        cid := CASE parent
            WHEN 'diagnostic_texte' THEN (SELECT p.convention_id FROM diagnostic_texte p WHERE p.id = pid)
            WHEN 'projection_tableau' THEN (SELECT p.convention_id FROM projection_tableau p WHERE p.id = pid)
            WHEN 'pilotage' THEN (SELECT p.convention_id FROM pilotage p WHERE p.id = pid)
            WHEN 'pilotage_delegation' THEN (SELECT p.convention_id FROM pilotage_delegation p WHERE p.id = pid)
            WHEN 'signature' THEN (SELECT p.convention_id FROM signature p WHERE p.id = pid)
        END;
        IF cid IS NULL AND parent NOT IN ('diagnostic_texte', 'projection_tableau', 'pilotage',
                                          'pilotage_delegation', 'signature') THEN
            EXECUTE format('SELECT convention_id FROM %I WHERE id = $1', parent) INTO cid USING pid;
        END IF;
        IF cid IS NULL THEN
            -- the parent is being deleted with its children (ON DELETE CASCADE): its own trigger
            -- (named to fire before the cascade) has already recorded it
            SELECT h.convention_id INTO cid FROM historique_modification h
            WHERE h.tableau = parent AND h.ligne_id = pid LIMIT 1;
        END IF;
    END IF;
    IF cid IS NULL THEN
        RETURN NULL;
    END IF;
    -- a draft convention deleted as a whole: its own row is recorded, not each of its parts
    IF TG_OP = 'DELETE' AND TG_TABLE_NAME <> 'convention'
       AND NOT EXISTS (SELECT 1 FROM convention WHERE id = cid) THEN
        RETURN NULL;
    END IF;
    IF TG_ARGV[2] <> '' THEN
        FOREACH c IN ARRAY string_to_array(TG_ARGV[2], ',') LOOP
            nom := concat_ws(' ', nom, ligne ->> c);
        END LOOP;
    END IF;
    IF binaires IS NOT NULL THEN
        FOREACH c IN ARRAY binaires LOOP
            IF ancienne ? c THEN
                ancienne := jsonb_set(ancienne, ARRAY[c], to_jsonb(taille_binaire(ancienne ->> c)));
            END IF;
            IF nouvelle ? c THEN
                nouvelle := jsonb_set(nouvelle, ARRAY[c], to_jsonb(taille_binaire(nouvelle ->> c)));
            END IF;
        END LOOP;
    END IF;
    IF TG_OP <> 'UPDATE' THEN
        -- an added or removed row: one entry holding all its values (champ '*', a JSON object)
        INSERT INTO historique_modification (caf_id, convention_id, tableau, ligne_id, repere, operation, champ,
                                             avant, apres, utilisateur_id, utilisateur_nom)
        VALUES ((ligne ->> 'caf_id')::bigint, cid, TG_TABLE_NAME, (ligne ->> cle)::bigint, nom, TG_OP, '*',
                jsonb_strip_nulls(ancienne - exclus)::text, jsonb_strip_nulls(nouvelle - exclus)::text,
                nullif(current_setting('app.utilisateur', true), '')::bigint,
                coalesce(nullif(current_setting('app.utilisateur_nom', true), ''), 'Atelier CTG'));
        RETURN NULL;
    END IF;
    INSERT INTO historique_modification (caf_id, convention_id, tableau, ligne_id, repere, operation, champ,
                                         avant, apres, utilisateur_id, utilisateur_nom)
    SELECT (ligne ->> 'caf_id')::bigint, cid, TG_TABLE_NAME, (ligne ->> cle)::bigint, nom, TG_OP, champ,
           a.valeur, n.valeur,
           nullif(current_setting('app.utilisateur', true), '')::bigint,
           coalesce(nullif(current_setting('app.utilisateur_nom', true), ''), 'Atelier CTG')
    FROM jsonb_each_text(ancienne - exclus) AS a (champ, valeur)
    FULL JOIN jsonb_each_text(nouvelle - exclus) AS n (champ, valeur) USING (champ)
    WHERE a.valeur IS DISTINCT FROM n.valeur AND (coalesce(a.valeur, '') <> '' OR coalesce(n.valeur, '') <> '');
    RETURN NULL;
END
$$;

-- bytea in jsonb is '\x' followed by two hex digits per byte
CREATE FUNCTION taille_binaire(hex text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN hex IS NULL THEN NULL
                ELSE ((length(hex) - 2) / 2)::text || ' octets (contenu non conservé dans l''historique)' END
$$;

-- The rows of a table are named by their signatory's id (deliberation, signature, delegation) or
-- their annex's id (annexe_fichier): the page shows that signatory's or annex's current name.
-- Trigger names start with a capital letter so that they fire before the foreign keys' cascades
-- ("RI_ConstraintTrigger…"; triggers fire in name order): a parent is recorded before its children.
CREATE PROCEDURE historiser_table(t text, lien text, parent text, repere text, cle text, binaires text)
    LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
                   'EXECUTE FUNCTION historiser(%L, %L, %L, %L, %L)',
                   'Historique_' || t, t, lien, parent, repere, cle, binaires);
END
$$;

CALL historiser_table('convention', 'id', '', 'titre', 'id', '');
CALL historiser_table('signataire', 'convention_id', '', 'nom', 'id', '');
CALL historiser_table('article', 'convention_id', '', 'titre', 'id', '');
CALL historiser_table('annexe', 'convention_id', '', 'titre', 'id', '');
CALL historiser_table('annexe_fichier', 'convention_id', '', 'annexe_id', 'annexe_id', 'contenu');
CALL historiser_table('deliberation', 'convention_id', '', 'signataire_id', 'id', 'contenu');
CALL historiser_table('equipement', 'convention_id', '', 'nom', 'id', '');
CALL historiser_table('diagnostic_texte', 'convention_id', '', 'section', 'id', '');
CALL historiser_table('diagnostic_chiffre', 'texte_id', 'diagnostic_texte', 'libelle', 'id', '');
CALL historiser_table('plan_axe', 'convention_id', '', 'intitule', 'id', '');
CALL historiser_table('plan_action', 'convention_id', '', 'intitule', 'id', '');
CALL historiser_table('competence_ligne', 'convention_id', '', 'nom', 'id', '');
CALL historiser_table('projection_tableau', 'convention_id', '', 'code_ao,zone', 'id', '');
CALL historiser_table('projection_valeur', 'tableau_id', 'projection_tableau', 'ligne,colonne', 'id', '');
CALL historiser_table('projection_projet', 'tableau_id', 'projection_tableau', 'type', 'id', '');
CALL historiser_table('pilotage', 'convention_id', '', '', 'id', '');
CALL historiser_table('pilotage_membre_technique', 'pilotage_id', 'pilotage', 'nom', 'id', '');
CALL historiser_table('pilotage_commission', 'pilotage_id', 'pilotage', 'intitule', 'id', '');
CALL historiser_table('pilotage_charge', 'pilotage_id', 'pilotage', 'nom', 'id', '');
CALL historiser_table('pilotage_delegation', 'convention_id', '', 'signataire_id', 'id', '');
CALL historiser_table('pilotage_membre_copil', 'delegation_id', 'pilotage_delegation', 'nom', 'id', '');
CALL historiser_table('signature', 'convention_id', '', 'signataire_id', 'id', '');
CALL historiser_table('signature_copie', 'signature_id', 'signature', '', 'signature_id', 'contenu');
-- avenants: a signed convention changes only through them, so their drafting is kept too (the
-- signed copy's bytes are not: the signature row records it, and its parent has no convention_id)
CALL historiser_table('avenant', 'convention_id', '', 'numero', 'id', '');
CALL historiser_table('avenant_modification', 'avenant_id', 'avenant', 'titre', 'id', '');
CALL historiser_table('avenant_signature', 'avenant_id', 'avenant', 'signataire_id', 'id', '');
