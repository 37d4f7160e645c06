-- Search in the national referential (ReferentielApi): search-as-you-type on names, codes and SIREN.
-- Read-only data shared by every Caf: no row-level security. The default privileges of V1 already
-- give atelier_app SELECT on these tables; pg_trgm's functions are executable by PUBLIC.

-- pg_trgm is a trusted extension: the migration role only needs CREATE on the database.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Names (column nom_recherche, see NomRecherche): the trigram index serves every LIKE pattern the
-- search uses ('agen%', '% garonne%'), also in generic plans where the pattern is a parameter, and
-- the typo tolerance (operator <<%, strict word similarity); the btree one serves prefixes given as
-- literals.
CREATE INDEX commune_nom_recherche_trgm ON commune USING gin (nom_recherche gin_trgm_ops);
CREATE INDEX commune_nom_recherche_prefixe ON commune (nom_recherche text_pattern_ops);
CREATE INDEX epci_nom_recherche_trgm ON epci USING gin (nom_recherche gin_trgm_ops);
CREATE INDEX epci_nom_recherche_prefixe ON epci (nom_recherche text_pattern_ops);

-- Codes typed in full or in part: INSEE code (the primary key serves equality), postcodes (a
-- space-separated list, matched by word prefix) and SIREN (equality and prefix).
CREATE INDEX commune_code_insee_prefixe ON commune (code_insee text_pattern_ops);
CREATE INDEX commune_codes_postaux_trgm ON commune USING gin (codes_postaux gin_trgm_ops);
CREATE INDEX commune_siren ON commune (siren text_pattern_ops);
CREATE INDEX epci_siren_prefixe ON epci (siren text_pattern_ops);

-- The data were loaded by V2_1 in the same run: give the planner statistics right away.
ANALYZE departement;
ANALYZE commune;
ANALYZE epci;
ANALYZE epci_membre;
