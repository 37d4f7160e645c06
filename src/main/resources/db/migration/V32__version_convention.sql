-- Versions of a convention (issue #4): a frozen snapshot of what its document showed (JSON) and the PDF
-- of that moment, taken at each change of status (origine TRANSITION) and on demand (DEMANDE), numbered
-- 1, 2, 3… per convention. A version never changes: the application may only read and add them.
CREATE TABLE convention_version (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint        NOT NULL REFERENCES caf (id),
    convention_id   bigint        NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    numero          integer       NOT NULL CHECK (numero >= 1),
    statut          varchar(20)   NOT NULL,
    origine         varchar(20)   NOT NULL CHECK (origine IN ('TRANSITION', 'DEMANDE')),
    libelle         varchar(200)  NOT NULL DEFAULT '',
    cree_par        varchar(200)  NOT NULL,
    cree_le         timestamptz   NOT NULL DEFAULT now(),
    contenu         jsonb         NOT NULL,
    pdf             bytea         NOT NULL,
    pdf_taille      integer       NOT NULL,
    pdf_sha256      varchar(64)   NOT NULL CHECK (pdf_sha256 ~ '^[0-9a-f]{64}$'),
    UNIQUE (convention_id, numero)
);

ALTER TABLE convention_version ENABLE ROW LEVEL SECURITY;
CREATE POLICY convention_version_caf_courante ON convention_version
    USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant());

-- Insert-only for the application (the default privileges of V1 also granted UPDATE and DELETE); a
-- draft convention deleted by its owner still takes its versions with it (ON DELETE CASCADE runs as
-- the table owner).
REVOKE UPDATE, DELETE, TRUNCATE ON convention_version FROM atelier_app;

CREATE FUNCTION convention_version_immuable() RETURNS trigger
    LANGUAGE plpgsql
AS $$
BEGIN
    RAISE EXCEPTION 'Une version de convention ne se modifie pas.' USING ERRCODE = 'CTG02';
END
$$;
CREATE TRIGGER convention_version_immuable BEFORE UPDATE ON convention_version
    FOR EACH ROW EXECUTE FUNCTION convention_version_immuable();
