-- Unprivileged role used by every application connection (SET ROLE at connection start).
-- It is neither superuser nor table owner, so row-level security policies apply to it.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'atelier_app') THEN
        CREATE ROLE atelier_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
    END IF;
END
$$;
GRANT atelier_app TO CURRENT_USER;
GRANT USAGE ON SCHEMA public TO atelier_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO atelier_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO atelier_app;

-- The tenant of the current transaction, as set by the application (empty = none).
CREATE FUNCTION tenant_courant() RETURNS bigint
    LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('app.tenant', true), '')::bigint $$;

CREATE TABLE caf (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code_departement  varchar(3)  NOT NULL UNIQUE,
    nom_departement   varchar(80) NOT NULL,
    type_liaison      smallint    NOT NULL,
    ville_siege       varchar(80)
);

CREATE TABLE utilisateur (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint       NOT NULL REFERENCES caf (id),
    identifiant     varchar(60)  NOT NULL UNIQUE,
    mot_de_passe    varchar(120) NOT NULL,
    prenom          varchar(80)  NOT NULL,
    nom             varchar(80)  NOT NULL,
    email           varchar(160),
    role            varchar(30)  NOT NULL,
    actif           boolean      NOT NULL DEFAULT true,
    cree_le         timestamptz  NOT NULL DEFAULT now(),
    version         bigint       NOT NULL DEFAULT 0
);
CREATE INDEX utilisateur_caf ON utilisateur (caf_id);

-- Collectivités (by SIREN) a chargé(e) de coopération works for.
CREATE TABLE utilisateur_collectivite (
    utilisateur_id  bigint      NOT NULL REFERENCES utilisateur (id) ON DELETE CASCADE,
    siren           varchar(9)  NOT NULL,
    PRIMARY KEY (utilisateur_id, siren)
);
