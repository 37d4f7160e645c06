-- From "validée" on, a convention's text, signatories and annexes are frozen (issue #4): the
-- services refuse such changes first with a French message; these triggers are the wall behind
-- them, so that no code path (an annex module, a forgotten service) can silently modify a
-- validated or signed convention. SQLSTATE CTG01 is translated to 409 by the application.

CREATE FUNCTION convention_figee(cid bigint) RETURNS boolean
    LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT statut NOT IN ('BROUILLON', 'CONCERTATION', 'RELECTURE')
                     FROM convention WHERE id = cid), false)
$$;

CREATE FUNCTION refuser_si_convention_figee() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    ligne jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
    cid bigint;
BEGIN
    IF TG_NARGS = 1 THEN
        cid := (ligne ->> TG_ARGV[0])::bigint;
    ELSE
        -- child rows: reach the convention through their parent (argument 2)
        EXECUTE format('SELECT convention_id FROM %I WHERE id = $1', TG_ARGV[1])
            INTO cid USING (ligne ->> TG_ARGV[0])::bigint;
    END IF;
    IF convention_figee(cid) THEN
        RAISE EXCEPTION 'convention % figée : % refusé sur %', cid, TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'CTG01';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['signataire', 'article', 'annexe', 'annexe_fichier', 'deliberation', 'equipement',
                             'diagnostic_texte', 'plan_axe', 'plan_action', 'competence_ligne',
                             'projection_tableau', 'pilotage', 'pilotage_delegation'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION refuser_si_convention_figee(''convention_id'')', t || '_gel', t);
    END LOOP;
END
$$;

CREATE TRIGGER diagnostic_chiffre_gel BEFORE INSERT OR UPDATE OR DELETE ON diagnostic_chiffre FOR EACH ROW
    EXECUTE FUNCTION refuser_si_convention_figee('texte_id', 'diagnostic_texte');
CREATE TRIGGER projection_valeur_gel BEFORE INSERT OR UPDATE OR DELETE ON projection_valeur FOR EACH ROW
    EXECUTE FUNCTION refuser_si_convention_figee('tableau_id', 'projection_tableau');
CREATE TRIGGER projection_projet_gel BEFORE INSERT OR UPDATE OR DELETE ON projection_projet FOR EACH ROW
    EXECUTE FUNCTION refuser_si_convention_figee('tableau_id', 'projection_tableau');
CREATE TRIGGER pilotage_membre_technique_gel BEFORE INSERT OR UPDATE OR DELETE ON pilotage_membre_technique
    FOR EACH ROW EXECUTE FUNCTION refuser_si_convention_figee('pilotage_id', 'pilotage');
CREATE TRIGGER pilotage_commission_gel BEFORE INSERT OR UPDATE OR DELETE ON pilotage_commission
    FOR EACH ROW EXECUTE FUNCTION refuser_si_convention_figee('pilotage_id', 'pilotage');
CREATE TRIGGER pilotage_charge_gel BEFORE INSERT OR UPDATE OR DELETE ON pilotage_charge
    FOR EACH ROW EXECUTE FUNCTION refuser_si_convention_figee('pilotage_id', 'pilotage');
CREATE TRIGGER pilotage_membre_copil_gel BEFORE INSERT OR UPDATE OR DELETE ON pilotage_membre_copil
    FOR EACH ROW EXECUTE FUNCTION refuser_si_convention_figee('delegation_id', 'pilotage_delegation');

-- The convention row itself: once frozen, only its life (status, termination, planned
-- signature date) moves; its title, period and options stay as validated.
CREATE FUNCTION garder_convention_figee() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    vivant CONSTANT text[] := ARRAY['statut', 'date_resiliation', 'motif_resiliation', 'date_signature_prevue',
                                    'modifie_le', 'version'];
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

CREATE TRIGGER convention_gel BEFORE UPDATE OR DELETE ON convention FOR EACH ROW
    EXECUTE FUNCTION garder_convention_figee();
