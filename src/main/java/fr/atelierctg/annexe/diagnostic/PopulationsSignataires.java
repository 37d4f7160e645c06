package fr.atelierctg.annexe.diagnostic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.referentiel.CommuneRef;
import fr.atelierctg.referentiel.EpciRef;
import fr.atelierctg.referentiel.ReferentielApi;
import fr.atelierctg.referentiel.Source;

/**
 * The population of every signatory commune and EPCI, read from the national referential
 * each time it is shown, with the referential's source and millésime: never typed, always
 * the referential's current figure. Syndicats are not in the referential and are left
 * out.
 */
@Component
class PopulationsSignataires {

	private final ReferentielApi referentiel;

	PopulationsSignataires(ReferentielApi referentiel) {
		this.referentiel = referentiel;
	}

	List<PopulationSignataire> de(ConventionLue convention) {
		List<SignataireLu> collectivites = convention.collectivites()
			.stream()
			.filter((s) -> s.type() == TypeSignataire.COMMUNE || s.type() == TypeSignataire.EPCI)
			.toList();
		if (collectivites.isEmpty()) {
			return List.of();
		}
		// one query for the communes, however many sign
		List<String> codes = collectivites.stream()
			.filter((s) -> s.type() == TypeSignataire.COMMUNE && s.identite().codeInsee() != null)
			.map((s) -> s.identite().codeInsee())
			.toList();
		Map<String, CommuneRef> communes = this.referentiel.communes(codes)
			.stream()
			.collect(Collectors.toMap(CommuneRef::codeInsee, Function.identity(), (a, b) -> a));
		Source sourceCommunes = this.referentiel.source(Source.COMMUNES);
		Source sourceEpci = this.referentiel.source(Source.EPCI);
		List<PopulationSignataire> populations = new ArrayList<>();
		for (SignataireLu signataire : collectivites) {
			Integer population = null;
			Source source;
			if (signataire.type() == TypeSignataire.COMMUNE) {
				String code = signataire.identite().codeInsee();
				CommuneRef commune = (code == null) ? null : communes.get(code);
				population = (commune == null) ? null : commune.population();
				source = sourceCommunes;
			}
			else {
				String siren = signataire.identite().siren();
				population = (siren == null) ? null
						: this.referentiel.epci(siren).map(EpciRef::population).orElse(null);
				source = sourceEpci;
			}
			populations.add(new PopulationSignataire(signataire.id(), signataire.identite().nom(), population,
					(population == null) ? null : source.source(), (population == null) ? null : source.millesime()));
		}
		return populations;
	}

}
