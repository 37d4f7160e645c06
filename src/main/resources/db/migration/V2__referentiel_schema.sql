-- National referential (Etalab @etalab/decoupage-administratif). Shared by every Caf: no tenant.
CREATE TABLE referentiel_source (
    jeu        varchar(30)  PRIMARY KEY,
    source     varchar(200) NOT NULL,
    millesime  integer      NOT NULL,
    charge_le  timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE departement (
    code          varchar(3)  PRIMARY KEY,
    nom           varchar(80) NOT NULL,
    type_liaison  smallint    NOT NULL,
    code_region   varchar(3)  NOT NULL,
    chef_lieu     varchar(5)  NOT NULL
);

CREATE TABLE commune (
    code_insee        varchar(5)   PRIMARY KEY,
    nom               varchar(100) NOT NULL,
    type_liaison      smallint     NOT NULL,
    code_departement  varchar(3)   NOT NULL REFERENCES departement (code),
    siren             varchar(9),
    codes_postaux     varchar(200),
    population        integer,
    -- lower case, no accent, "st"/"ste" for "saint"/"sainte", hyphens and apostrophes as spaces
    nom_recherche     varchar(100) NOT NULL
);

CREATE TABLE epci (
    siren          varchar(9)   PRIMARY KEY,
    nom            varchar(200) NOT NULL,
    type           varchar(5)   NOT NULL,
    population     integer      NOT NULL,
    nom_recherche  varchar(200) NOT NULL
);

CREATE TABLE epci_membre (
    epci_siren  varchar(9) NOT NULL REFERENCES epci (siren),
    code_insee  varchar(5) NOT NULL,
    PRIMARY KEY (epci_siren, code_insee)
);
CREATE INDEX epci_membre_commune ON epci_membre (code_insee);
