package fr.atelierctg.annexe.competences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.TypeSignataire;

/**
 * The rows every table has whatever was stored: one per signatory commune (in its own
 * part, even when it was first listed as a member of its EPCI) and one per signatory
 * EPCI. Syndicats are not in the national referential and get no row (their member
 * communes are unknown).
 */
final class Completion {

	private Completion() {
	}

	/**
	 * @param stockees the rows stored for the convention
	 * @param population population totale of a commune in the referential, if known
	 * @return the rows in storage order, then the missing ones (id 0); a stored row whose
	 * part must change carries its new part
	 */
	static List<Ligne> completer(ConventionLue convention, List<Ligne> stockees,
			Function<String, @Nullable Integer> population) {
		Map<String, Ligne> parCode = new LinkedHashMap<>();
		stockees.forEach((ligne) -> parCode.put(ligne.code(), ligne));
		List<Ligne> nouvelles = new ArrayList<>();
		for (SignataireLu signataire : convention.collectivites()) {
			String code = code(signataire);
			if (code == null) {
				continue;
			}
			String nom = signataire.identite().nom();
			Ligne existante = parCode.get(code);
			if (existante != null) {
				parCode.put(code, existante.rattacheeA(signataire.id()).nommee(nom));
			}
			else if (signataire.type() == TypeSignataire.COMMUNE) {
				nouvelles.add(Ligne.communeParDefaut(signataire.id(), code, nom, population.apply(code)));
			}
			else {
				nouvelles.add(Ligne.groupement(signataire.id(), code, nom));
			}
		}
		List<Ligne> lignes = new ArrayList<>(parCode.values());
		lignes.addAll(nouvelles);
		return lignes;
	}

	/** INSEE code of a signatory commune, SIREN of a signatory EPCI, else nothing. */
	static @Nullable String code(SignataireLu signataire) {
		String code = switch (signataire.type()) {
			case COMMUNE -> signataire.identite().codeInsee();
			case EPCI -> signataire.identite().siren();
			default -> null;
		};
		return (code == null || code.isBlank()) ? null : code;
	}

}
