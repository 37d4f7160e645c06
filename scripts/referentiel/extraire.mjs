// Produces the compact extract of the national referential shipped in the jar
// (src/main/resources/referentiel/*.csv.gz) from the Etalab npm package.
//
//   cd scripts/referentiel && npm pack @etalab/decoupage-administratif@6.0.0 \
//     && tar xzf etalab-decoupage-administratif-6.0.0.tgz && node extraire.mjs package/data
//
// Columns are separated by ';' (no name contains one); multi-valued cells use '|'.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const source = process.argv[2] ?? 'package/data';
const cible = process.argv[3] ?? '../../src/main/resources/referentiel';
const lire = (fichier) => JSON.parse(readFileSync(join(source, fichier), 'utf8'));
const ligne = (cellules) => cellules.map((c) => (c ?? '').toString().replaceAll(';', ',')).join(';');
const ecrire = (fichier, entete, lignes) => {
  const texte = [entete.join(';'), ...lignes.map(ligne)].join('\n') + '\n';
  writeFileSync(join(cible, fichier), gzipSync(Buffer.from(texte, 'utf8'), { level: 9 }));
  console.log(`${fichier}: ${lignes.length} lignes`);
};

mkdirSync(cible, { recursive: true });

ecrire('departements.csv.gz', ['code', 'nom', 'type_liaison', 'code_region', 'chef_lieu'],
  lire('departements.json').map((d) => [d.code, d.nom, d.typeLiaison, d.region, d.chefLieu]));

// Legal "population totale" (the one AO thresholds use) is given per EPCI member; communes
// outside any EPCI (islands, overseas collectivities) keep the package's commune population.
const populationTotale = new Map();
for (const epci of lire('epci.json')) {
  for (const membre of epci.membres) populationTotale.set(membre.code, membre.populationTotale);
}

ecrire('communes.csv.gz', ['code_insee', 'nom', 'type_liaison', 'code_departement', 'siren', 'codes_postaux', 'population'],
  lire('communes.json')
    .filter((c) => c.type === 'commune-actuelle')
    .map((c) => [c.code, c.nom, c.typeLiaison ?? 0, c.departement, c.siren, (c.codesPostaux ?? []).join('|'), populationTotale.get(c.code) ?? c.population]));

ecrire('epci.csv.gz', ['siren', 'nom', 'type', 'population', 'membres'],
  lire('epci.json').map((e) => [e.code, e.nom, e.type, e.populationTotale, e.membres.map((m) => m.code).join('|')]));
