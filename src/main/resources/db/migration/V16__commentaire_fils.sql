-- Comments on a convention (issue #4): threads ("fils") on an article, or on an annex (optionally one
-- of its sections, e.g. "ii-a" of the diagnostic), each with its comments in order. A thread is shared
-- with the collectivités or internal to the Caf; who resolved it (and reopened it) and when is kept.
CREATE TABLE commentaire_fil (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint        NOT NULL REFERENCES caf (id),
    convention_id   bigint        NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    article_id      bigint        REFERENCES article (id) ON DELETE CASCADE,
    annexe_id       bigint        REFERENCES annexe (id) ON DELETE CASCADE,
    section         varchar(20),
    interne         boolean       NOT NULL,
    resolu          boolean       NOT NULL DEFAULT false,
    resolu_le       timestamptz,
    resolu_par      varchar(200),
    rouvert_le      timestamptz,
    rouvert_par     varchar(200),
    version         bigint        NOT NULL DEFAULT 0,
    CHECK ((article_id IS NULL) <> (annexe_id IS NULL)),
    CHECK (section IS NULL OR annexe_id IS NOT NULL)
);
CREATE INDEX commentaire_fil_convention ON commentaire_fil (convention_id);

CREATE TABLE commentaire (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id            bigint        NOT NULL REFERENCES caf (id),
    fil_id            bigint        NOT NULL REFERENCES commentaire_fil (id) ON DELETE CASCADE,
    texte             text          NOT NULL CHECK (length(texte) BETWEEN 1 AND 4000),
    -- the account is not a foreign key: the comment keeps its author's name if the account goes
    auteur_id         bigint        NOT NULL,
    auteur_nom        varchar(200)  NOT NULL,
    auteur_organisme  varchar(500)  NOT NULL,
    -- SIRENs of the author's collectivités (comma-separated), empty for the Caf's staff: the
    -- author's side may resolve the thread
    auteur_sirens     varchar(500)  NOT NULL DEFAULT '',
    ecrit_le          timestamptz   NOT NULL
);
CREATE INDEX commentaire_du_fil ON commentaire (fil_id, id);

-- The application marks every connection with app.collectivite = 'true' for a collectivité user
-- (chargé·e de coopération) and 'false' for the Caf's staff and system tasks
-- (RowLevelSecurityDataSource). Internal threads are visible only when it says 'false': unset, they
-- stay hidden.
CREATE FUNCTION session_de_la_caf() RETURNS boolean
    LANGUAGE sql STABLE
AS $$ SELECT coalesce(current_setting('app.collectivite', true), '') = 'false' $$;

ALTER TABLE commentaire_fil ENABLE ROW LEVEL SECURITY;
CREATE POLICY commentaire_fil_caf_courante ON commentaire_fil
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
CREATE POLICY commentaire_fil_interne_a_la_caf ON commentaire_fil AS RESTRICTIVE
    USING (NOT interne OR session_de_la_caf()) WITH CHECK (NOT interne OR session_de_la_caf());

-- A comment is visible (and may be written) only where its thread is: the subquery goes through
-- the thread's own policies.
ALTER TABLE commentaire ENABLE ROW LEVEL SECURITY;
CREATE POLICY commentaire_caf_courante ON commentaire
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());
CREATE POLICY commentaire_du_fil_visible ON commentaire AS RESTRICTIVE
    USING (EXISTS (SELECT 1 FROM commentaire_fil f WHERE f.id = commentaire.fil_id))
    WITH CHECK (EXISTS (SELECT 1 FROM commentaire_fil f WHERE f.id = commentaire.fil_id));
