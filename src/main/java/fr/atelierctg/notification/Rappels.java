package fr.atelierctg.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.atelierctg.common.francais.DatesFr;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.ConventionResume;
import fr.atelierctg.convention.Periode;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.StatutConvention;
import fr.atelierctg.tenancy.Role;
import fr.atelierctg.tenancy.UtilisateurVue;

/**
 * The scheduled reminders of the current Caf at a given date, each sent once per
 * convention and kind: renewal to prepare (from 1 January of the last year of the
 * period), mid-term review due (half of the period elapsed), deliberations still missing
 * 30 days or less before the planned signature date.
 */
@Component
class Rappels {

	static final int JOURS_AVANT_SIGNATURE = 30;

	private static final Set<StatutConvention> EN_COURS = Set.of(StatutConvention.SIGNEE, StatutConvention.EN_VIGUEUR);

	private final ConventionApi conventions;

	private final Destinataires destinataires;

	private final Diffusion diffusion;

	private final TransactionTemplate lecture;

	Rappels(ConventionApi conventions, Destinataires destinataires, Diffusion diffusion,
			PlatformTransactionManager transactions) {
		this.conventions = conventions;
		this.destinataires = destinataires;
		this.diffusion = diffusion;
		this.lecture = new TransactionTemplate(transactions);
		this.lecture.setReadOnly(true);
	}

	/**
	 * @return how many reminders went out now
	 */
	int envoyer(LocalDate aujourdhui) {
		List<ConventionResume> liste = this.lecture.execute((statut) -> this.conventions.lister());
		int envoyes = 0;
		for (ConventionResume resume : (liste == null) ? List.<ConventionResume>of() : liste) {
			Periode periode = resume.periode();
			if (EN_COURS.contains(resume.statut()) && !aujourdhui.isAfter(periode.fin())) {
				if (!aujourdhui.isBefore(LocalDate.of(periode.fin().getYear(), 1, 1))) {
					envoyes += renouvellement(lire(resume.id())) ? 1 : 0;
				}
				if (!aujourdhui.isBefore(miParcours(periode))) {
					envoyes += bilanIntermediaire(lire(resume.id())) ? 1 : 0;
				}
			}
			else if (!resume.statut().signee()) {
				envoyes += deliberations(resume, aujourdhui) ? 1 : 0;
			}
		}
		return envoyes;
	}

	static LocalDate miParcours(Periode periode) {
		return periode.debut().plusDays(ChronoUnit.DAYS.between(periode.debut(), periode.fin()) / 2);
	}

	private boolean renouvellement(ConventionLue convention) {
		String titre = convention.titre();
		List<Avis> avis = AvisDeLaConvention.pour(
				this.destinataires.equipeCaf(convention.cafId(), Role.CONSEILLER, Role.DIRECTEUR),
				(u) -> AvisDeLaConvention.avis(u, convention, TypeNotification.RAPPEL_RENOUVELLEMENT,
						"Renouvellement à préparer : " + titre,
						"La convention « " + titre + " » entre dans sa dernière année : elle prend fin le "
								+ DatesFr.longue(convention.periode().fin())
								+ ". Il est temps de préparer la convention suivante avec les collectivités.",
						"/conventions/" + convention.id()));
		return this.diffusion.diffuserUneFois(convention.cafId(), convention.id(),
				TypeNotification.RAPPEL_RENOUVELLEMENT, avis);
	}

	private boolean bilanIntermediaire(ConventionLue convention) {
		String titre = convention.titre();
		List<Avis> avis = AvisDeLaConvention.pour(
				AvisDeLaConvention.tous(
						this.destinataires.equipeCaf(convention.cafId(), Role.CONSEILLER, Role.DIRECTEUR),
						this.destinataires.chargesDesSignataires(convention)),
				(u) -> AvisDeLaConvention.avis(u, convention, TypeNotification.RAPPEL_BILAN_INTERMEDIAIRE,
						"Bilan intermédiaire à réaliser : " + titre,
						"La moitié de la période de la convention « " + titre + " » ("
								+ DatesFr.longue(convention.periode().debut()) + " – "
								+ DatesFr.longue(convention.periode().fin())
								+ ") est écoulée : le bilan intermédiaire est à réaliser avec les signataires.",
						"/conventions/" + convention.id()));
		return this.diffusion.diffuserUneFois(convention.cafId(), convention.id(),
				TypeNotification.RAPPEL_BILAN_INTERMEDIAIRE, avis);
	}

	/**
	 * The signatory collectivités without a deliberation date: their chargés (about
	 * theirs) and the Caf's conseillers (about all of them).
	 */
	private boolean deliberations(ConventionResume resume, LocalDate aujourdhui) {
		ConventionLue convention = lire(resume.id());
		LocalDate prevue = convention.cycle().dateSignaturePrevue();
		if (prevue == null || aujourdhui.isAfter(prevue)
				|| aujourdhui.isBefore(prevue.minusDays(JOURS_AVANT_SIGNATURE))) {
			return false;
		}
		List<SignataireLu> manquantes = convention.collectivites()
			.stream()
			.filter((s) -> s.deliberationDate() == null)
			.toList();
		if (manquantes.isEmpty()) {
			return false;
		}
		String titre = convention.titre();
		String chemin = "/conventions/" + convention.id();
		List<Avis> avis = new ArrayList<>();
		for (UtilisateurVue conseiller : this.destinataires.equipeCaf(convention.cafId(), Role.CONSEILLER)) {
			avis.add(deliberation(conseiller, convention, manquantes, prevue, chemin));
		}
		for (UtilisateurVue charge : this.destinataires.chargesDe(convention.cafId(), manquantes)) {
			avis.add(deliberation(charge, convention, Destinataires.representes(charge, manquantes), prevue, chemin));
		}
		return this.diffusion.diffuserUneFois(convention.cafId(), convention.id(), TypeNotification.RAPPEL_DELIBERATION,
				avis);
	}

	private static Avis deliberation(UtilisateurVue destinataire, ConventionLue convention,
			List<SignataireLu> manquantes, LocalDate prevue, String chemin) {
		StringBuilder texte = new StringBuilder("La signature de la convention « ").append(convention.titre())
			.append(" » est prévue le ")
			.append(DatesFr.longue(prevue))
			.append(". La date de délibération manque encore pour ")
			.append(manquantes.size())
			.append((manquantes.size() > 1) ? " collectivités :" : " collectivité :");
		manquantes.stream().limit(60).forEach((s) -> texte.append("\n- ").append(s.identite().nom()));
		if (manquantes.size() > 60) {
			texte.append("\n- … et ").append(manquantes.size() - 60).append(" autres");
		}
		texte.append("\n\nSans délibération datée, la convention ne peut pas être validée.");
		return AvisDeLaConvention.avis(destinataire, convention, TypeNotification.RAPPEL_DELIBERATION,
				"Délibération manquante avant la signature : " + convention.titre(), texte.toString(), chemin);
	}

	private ConventionLue lire(long id) {
		return this.lecture.execute((statut) -> this.conventions.lire(id));
	}

}
