package fr.atelierctg.referentiel;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may ask of the national referential (communes, EPCI, départements of
 * the Etalab extract, the same for every Caf).
 * <p>
 * The searches take what a user types, search-as-you-type: a name fragment (case,
 * accents, hyphens and apostrophes aside, "saint"/"st" and "sainte"/"ste" alike), an
 * INSEE code or postcode (in full or its beginning), a SIREN (from its 6th digit). Names
 * are ranked: exact name, then names starting with the fragment (a leading article or
 * EPCI abbreviation aside), then names with a later word starting with it ("garonne"
 * finds "CA Val de Garonne Agglomération"), then close names for typos; the most
 * populated first within each rank. A blank or one-character text finds nothing. At most
 * {@value #LIMITE_MAX} results.
 */
@Service
@Transactional(readOnly = true)
public class ReferentielApi {

	public static final int LIMITE_MAX = 20;

	private final Communes communes;

	private final Epcis epcis;

	private final JdbcClient jdbc;

	ReferentielApi(Communes communes, Epcis epcis, JdbcClient jdbc) {
		this.communes = communes;
		this.epcis = epcis;
		this.jdbc = jdbc;
	}

	public List<CommuneRef> rechercherCommunes(String q, int limite) {
		return this.communes.rechercher(Saisie.lire(q), borner(limite));
	}

	/** The members of each EPCI are loaded in one query for the whole list. */
	public List<EpciRef> rechercherEpci(String q, int limite) {
		return this.epcis.rechercher(Saisie.lire(q), borner(limite));
	}

	public Optional<CommuneRef> commune(String codeInsee) {
		return this.communes.parCodeInsee(codeInsee.strip().toUpperCase(Locale.ROOT));
	}

	public Optional<CommuneRef> communeParSiren(String siren) {
		return this.communes.parSiren(siren);
	}

	/** Several communes at once (e.g. the members of an EPCI), in alphabetical order. */
	public List<CommuneRef> communes(Collection<String> codesInsee) {
		return codesInsee.isEmpty() ? List.of() : this.communes.parCodesInsee(codesInsee);
	}

	public Optional<EpciRef> epci(String siren) {
		return this.epcis.parSiren(siren);
	}

	/**
	 * The member communes of an EPCI in alphabetical order; empty for an unknown SIREN.
	 */
	public List<CommuneRef> membres(String sirenEpci) {
		return this.communes.membres(sirenEpci);
	}

	public Optional<DepartementRef> departement(String code) {
		return this.jdbc.sql("SELECT code, nom, type_liaison FROM departement WHERE code = :code")
			.param("code", code)
			.query(DepartementRef.class)
			.optional();
	}

	/**
	 * The source of a data set ({@link Source#COMMUNES}, {@link Source#EPCI},
	 * {@link Source#DEPARTEMENTS}).
	 * @throws IllegalArgumentException for another data set
	 */
	public Source source(String jeu) {
		return this.jdbc.sql("SELECT jeu, source, millesime FROM referentiel_source WHERE jeu = :jeu")
			.param("jeu", jeu)
			.query(Source.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("Jeu de données inconnu du référentiel : " + jeu));
	}

	private static int borner(int limite) {
		return Math.clamp(limite, 1, LIMITE_MAX);
	}

	/**
	 * How many communes a département has and their population: the sum of the population
	 * totale of its communes (the referential holds no figure for the département itself;
	 * a person "compté à part" in another commune of the département counts twice, as in
	 * any sum of populations totales, about 1 % more than INSEE's figure for the
	 * département). Zero communes for an unknown code.
	 */
	public PopulationDepartement populationDuDepartement(String code) {
		return this.jdbc
			.sql("SELECT count(*), coalesce(sum(population), 0) FROM commune WHERE code_departement = :code")
			.param("code", code)
			.query((ligne, numero) -> new PopulationDepartement(code, ligne.getInt(1), ligne.getLong(2)))
			.single();
	}

}
