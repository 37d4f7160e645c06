-- Notifications (issue #4): what the application tells each user (in the app, and by mail), the
-- scheduled reminders already sent (once per convention and kind), the ShedLock table that lets
-- one instance only run a scheduled job, and the contributions the collectivités transmitted to
-- the Caf (module convention; in this file because each branch of issue #4 adds one migration).

-- One row per recipient. Only ever read for the signed-in user (recipient id in every query),
-- inside their Caf (row-level security).
CREATE TABLE notification (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id            bigint        NOT NULL REFERENCES caf (id),
    destinataire_id   bigint        NOT NULL REFERENCES utilisateur (id) ON DELETE CASCADE,
    convention_id     bigint        REFERENCES convention (id) ON DELETE CASCADE,
    type              varchar(40)   NOT NULL,
    titre             varchar(300)  NOT NULL,
    texte             varchar(4000) NOT NULL,
    lien              varchar(500)  NOT NULL,
    cree_le           timestamptz   NOT NULL DEFAULT now(),
    lue_le            timestamptz
);
CREATE INDEX notification_destinataire ON notification (destinataire_id, cree_le DESC);
CREATE INDEX notification_non_lues ON notification (destinataire_id) WHERE lue_le IS NULL;

-- A scheduled reminder goes out once per convention and kind, whatever the number of runs or
-- instances: the job inserts here first (ON CONFLICT DO NOTHING) and sends only when it inserted.
CREATE TABLE rappel_envoye (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint       NOT NULL REFERENCES caf (id),
    convention_id   bigint       NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    type            varchar(40)  NOT NULL,
    envoye_le       timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (convention_id, type)
);

-- A collectivité tells the Caf its part is ready (during the concertation): who, when, a message.
CREATE TABLE contribution_transmise (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caf_id          bigint        NOT NULL REFERENCES caf (id),
    convention_id   bigint        NOT NULL REFERENCES convention (id) ON DELETE CASCADE,
    signataire_id   bigint        NOT NULL REFERENCES signataire (id) ON DELETE CASCADE,
    collectivite    varchar(300)  NOT NULL,
    auteur          varchar(200)  NOT NULL,
    message         varchar(2000) NOT NULL DEFAULT '',
    transmise_le    timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX contribution_transmise_convention ON contribution_transmise (convention_id, transmise_le);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['notification', 'rappel_envoye', 'contribution_transmise'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY %I ON %I USING (caf_id = tenant_courant()) WITH CHECK (caf_id = tenant_courant())',
                       t || '_caf_courante', t);
    END LOOP;
END
$$;

-- ShedLock (net.javacrumbs.shedlock, JdbcTemplateLockProvider): one row per scheduled job. Not
-- tenant data: no row-level security.
CREATE TABLE shedlock (
    name        varchar(64)   NOT NULL PRIMARY KEY,
    lock_until  timestamp     NOT NULL,
    locked_at   timestamp     NOT NULL,
    locked_by   varchar(255)  NOT NULL
);
