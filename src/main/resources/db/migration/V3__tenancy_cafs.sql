-- One Caf per département (the 101 of metropolitan France and the overseas départements).
INSERT INTO caf (code_departement, nom_departement, type_liaison, ville_siege)
SELECT d.code, d.nom, d.type_liaison, c.nom
FROM departement d
LEFT JOIN commune c ON c.code_insee = d.chef_lieu
WHERE d.code NOT IN ('975', '977', '978', '984', '986', '987', '988', '989')
ORDER BY d.code;
