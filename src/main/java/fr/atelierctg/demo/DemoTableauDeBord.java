package fr.atelierctg.demo;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.atelierctg.common.francais.Civilite;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionCommande;
import fr.atelierctg.convention.ConventionResume;
import fr.atelierctg.convention.ConventionService;
import fr.atelierctg.convention.DeliberationCommande;
import fr.atelierctg.convention.PresidenceCopil;
import fr.atelierctg.convention.RepresentantCommande;
import fr.atelierctg.convention.SignataireCommande;
import fr.atelierctg.convention.StatutConvention;
import fr.atelierctg.convention.TypeSignataire;

/**
 * Demo profile only: three older conventions of the Caf de Lot-et-Garonne beside Val de
 * Garonne, so that the dashboard has something to show — Agglomération d'Agen 2019–2023
 * (échue), Grand Villeneuvois 2022–2026 (en vigueur, ending within the year) and Albret
 * Communauté 2023–2027 (en vigueur). Idempotent: a territory that has a convention is
 * left alone.
 * <p>
 * Grand Villeneuvois goes through the real life cycle ({@link DemoDerniereAnnee}), so
 * that its renewal can be walked. The status of the two others is written with one SQL
 * update, as the application's role under the Caf's row-level security.
 */
@Component
@ConditionalOnProperty("atelier.demo.enabled")
class DemoTableauDeBord {

	private static final Log logger = LogFactory.getLog(DemoTableauDeBord.class);

	private final ConventionDeDemo demo;

	private final ConventionService redaction;

	private final ConventionApi lecture;

	private final JdbcClient jdbc;

	private final DemoDerniereAnnee derniereAnnee;

	DemoTableauDeBord(ConventionDeDemo demo, ConventionService redaction, ConventionApi lecture, JdbcClient jdbc,
			DemoDerniereAnnee derniereAnnee) {
		this.demo = demo;
		this.redaction = redaction;
		this.lecture = lecture;
		this.jdbc = jdbc;
		this.derniereAnnee = derniereAnnee;
	}

	@EventListener(ApplicationReadyEvent.class)
	void creer() {
		this.demo.dansLaCaf47((caf) -> {
			Set<String> territoires = this.lecture.lister()
				.stream()
				.map(ConventionResume::territoire)
				.collect(Collectors.toSet());
			convention(territoires, "Agglomération d'Agen", 2019, StatutConvention.ECHUE, "200096956", "47001", "Jean",
					"Martin");
			convention(territoires, "Grand Villeneuvois", 2022, StatutConvention.EN_VIGUEUR, "200023307", "47323",
					"Guillaume", "Bernard");
			convention(territoires, "Albret Communauté", 2023, StatutConvention.EN_VIGUEUR, "200068948", null, null,
					null);
		});
	}

	/**
	 * Five calendar years from 1 January of the first, signed by the EPCI (and a
	 * commune).
	 */
	private void convention(Set<String> territoires, String territoire, int debut, StatutConvention statut,
			String sirenEpci, String codeInsee, String prenomMaire, String nomMaire) {
		if (territoires.contains(territoire)) {
			return;
		}
		long id = this.redaction.creer(
				new ConventionCommande("Convention territoriale globale – " + territoire, territoire,
						LocalDate.of(debut, 1, 1), LocalDate.of(debut + 4, 12, 31), "Agen", PresidenceCopil.ALTERNEE,
						false),
				new RepresentantCommande(Civilite.MADAME, "Béatrice", "Lavit", "présidente"),
				new RepresentantCommande(Civilite.MADAME, "Virginie", "Monti", "directrice"));
		LocalDate deliberation = LocalDate.of(debut - 1, 11, 15);
		this.redaction.ajouterSignataire(id,
				new SignataireCommande(TypeSignataire.EPCI, null, sirenEpci, null, null,
						new RepresentantCommande(Civilite.MONSIEUR, "Paul", "Delmas", "président"), null,
						new DeliberationCommande(null, deliberation), false));
		if (codeInsee != null) {
			this.redaction.ajouterSignataire(id,
					new SignataireCommande(TypeSignataire.COMMUNE, codeInsee, null, null, null,
							new RepresentantCommande(Civilite.MONSIEUR, prenomMaire, nomMaire, "maire"), null,
							new DeliberationCommande(null, deliberation), false));
		}
		if (statut == StatutConvention.EN_VIGUEUR && "Grand Villeneuvois".equals(territoire)) {
			this.derniereAnnee.mettreEnVigueur(id, deliberation);
		}
		else {
			this.jdbc.sql("UPDATE convention SET statut = :statut WHERE id = :id")
				.param("statut", statut.name())
				.param("id", id)
				.update();
		}
		logger.info("Convention de démonstration « " + territoire + " » créée (" + statut.libelle() + ")");
	}

}
