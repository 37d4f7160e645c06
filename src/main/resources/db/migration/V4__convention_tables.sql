CREATE TABLE convention (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id             bigint       NOT NULL REFERENCES caf (id),
    titre              varchar(200) NOT NULL,
    territoire         varchar(200) NOT NULL,
    date_debut         date         NOT NULL,
    date_fin           date         NOT NULL,
    lieu_signature     varchar(100),
    presidence_copil   varchar(20)  NOT NULL,
    ctg_dans_ma_poche  boolean      NOT NULL DEFAULT false,
    statut             varchar(20)  NOT NULL,
    edition_modele     varchar(30)  NOT NULL,
    cree_le            timestamptz  NOT NULL DEFAULT now(),
    modifie_le         timestamptz  NOT NULL DEFAULT now(),
    version            bigint       NOT NULL DEFAULT 0,
    CONSTRAINT convention_periode CHECK (date_fin >= date_debut
        AND date_fin <= make_date(extract(year FROM date_debut)::int + 4, 12, 31))
);
CREATE INDEX convention_caf ON convention (caf_id);

CREATE TABLE signataire (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id                 bigint       NOT NULL REFERENCES caf (id),
    convention_id          bigint       NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    ordre                  integer      NOT NULL,
    type                   varchar(10)  NOT NULL,
    categorie              varchar(30),
    code_insee             varchar(5),
    siren                  varchar(9),
    nom                    varchar(200) NOT NULL,
    type_liaison           smallint     NOT NULL DEFAULT 0,
    type_epci              varchar(5),
    population             integer,
    civilite               varchar(10),
    prenom                 varchar(80),
    nom_representant       varchar(80),
    qualite                varchar(120),
    co_civilite            varchar(10),
    co_prenom              varchar(80),
    co_nom                 varchar(80),
    co_qualite             varchar(120),
    deliberation_instance  varchar(200),
    deliberation_date      date,
    version                bigint       NOT NULL DEFAULT 0
);
CREATE INDEX signataire_convention ON signataire (convention_id, ordre);
CREATE INDEX signataire_siren ON signataire (siren);

CREATE TABLE article (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint       NOT NULL REFERENCES caf (id),
    convention_id   bigint       NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    ordre           integer      NOT NULL,
    nature          varchar(12)  NOT NULL,
    cle             varchar(60)  NOT NULL,
    titre           varchar(300) NOT NULL,
    contenu         text         NOT NULL,
    signataire_id   bigint       REFERENCES signataire (id) ON DELETE SET NULL,
    version         bigint       NOT NULL DEFAULT 0,
    UNIQUE (convention_id, cle)
);
CREATE INDEX article_convention ON article (convention_id, ordre);

-- Second wall behind Hibernate's tenant filter: the application role only ever sees and writes
-- the rows of the Caf passed in app.tenant for the transaction.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['convention', 'signataire', 'article'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant())',
                       t || '_caf_courante', t);
    END LOOP;
END
$$;
