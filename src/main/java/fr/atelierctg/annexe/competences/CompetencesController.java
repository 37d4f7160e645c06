package fr.atelierctg.annexe.competences;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.Designations;
import fr.atelierctg.convention.DroitsEdition;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.TypeSignataire;
import fr.atelierctg.referentiel.EpciRef;
import fr.atelierctg.referentiel.ReferentielApi;

/**
 * The AO competence table page: one row per commune and per EPCI, the check report on
 * top, each row editable by whoever may edit its signatory's part.
 */
@Controller
@RequestMapping("/conventions/{id}/annexes/competences")
class CompetencesController {

	/** Short column headers; the full wording is in their title. */
	private static final Map<Competence, String> ENTETES = Map.of(Competence.RECENSER_BESOINS,
			"1° Recenser les besoins", Competence.INFORMER_ACCOMPAGNER, "2° Informer et accompagner les familles",
			Competence.PLANIFIER, "3° Planifier le développement des modes d'accueil", Competence.SOUTENIR_QUALITE,
			"4° Soutenir la qualité des modes d'accueil");

	private final CompetencesApi lecture;

	private final EditionCompetences edition;

	private final ConventionApi conventions;

	private final ReferentielApi referentiel;

	private final DroitsEdition droits;

	CompetencesController(CompetencesApi lecture, EditionCompetences edition, ConventionApi conventions,
			ReferentielApi referentiel, DroitsEdition droits) {
		this.lecture = lecture;
		this.edition = edition;
		this.conventions = conventions;
		this.referentiel = referentiel;
		this.droits = droits;
	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		return page(ouvrir(this.edition, this.lecture, id), model);
	}

	@PostMapping("/lignes/{ligneId}")
	String modifier(@PathVariable long id, @PathVariable long ligneId, @ModelAttribute("form") LigneForm form,
			Model model, RedirectAttributes redirection) {
		Map<String, String> erreurs = new LinkedHashMap<>();
		LigneCommande commande = form.commande(erreurs);
		try {
			LigneAo ligne = this.edition.modifier(id, ligneId, commande, erreurs);
			redirection.addFlashAttribute("succes", "Ligne « " + AnnexeCompetences.nom(ligne) + " » enregistrée.");
			return "redirect:/conventions/" + id + "/annexes/competences#" + ligne.ancre();
		}
		catch (DonneesInvalides ex) {
			model.addAttribute("ligneEnErreur", ligneId);
			model.addAttribute("erreurs", ex.erreurs());
			return page(this.lecture.tableau(id), model);
		}
	}

	@PostMapping("/epci/{signataireId}/membres")
	String ajouterMembres(@PathVariable long id, @PathVariable long signataireId, RedirectAttributes redirection) {
		int ajoutees = this.edition.ajouterMembres(id, signataireId);
		redirection.addFlashAttribute("succes",
				(ajoutees == 0) ? "Toutes les communes membres figurent déjà au tableau."
						: ajoutees + ((ajoutees > 1) ? " communes membres ajoutées" : " commune membre ajoutée")
								+ " au tableau, pré-remplies selon la loi : indiquez leurs transferts à l'EPCI.");
		return "redirect:/conventions/" + id + "/annexes/competences";
	}

	@PostMapping("/lignes/{ligneId}/retirer")
	String retirer(@PathVariable long id, @PathVariable long ligneId, RedirectAttributes redirection) {
		try {
			this.edition.retirer(id, ligneId);
			redirection.addFlashAttribute("succes", "Ligne retirée du tableau.");
		}
		catch (DonneesInvalides ex) {
			redirection.addFlashAttribute("erreur", String.join(" ", ex.erreurs().values()));
		}
		return "redirect:/conventions/" + id + "/annexes/competences";
	}

	/**
	 * Opening stores the signatories' rows; two users opening a new table at once may
	 * both try: the second reads what the first stored.
	 */
	static TableauAo ouvrir(EditionCompetences edition, CompetencesApi lecture, long id) {
		try {
			return edition.ouvrir(id);
		}
		catch (DataIntegrityViolationException ex) {
			return lecture.tableau(id);
		}
	}

	private String page(TableauAo tableau, Model model) {
		ConventionLue convention = this.conventions.lire(tableau.conventionId());
		Set<Long> modifiables = this.droits.partiesEditables(convention)
			.stream()
			.map(SignataireLu::id)
			.collect(Collectors.toSet());
		Set<String> presentes = tableau.lignes().stream().map(LigneAo::code).collect(Collectors.toSet());
		List<MembresAbsents> epcis = convention.collectivites()
			.stream()
			.filter((s) -> s.type() == TypeSignataire.EPCI && modifiables.contains(s.id()))
			.map((s) -> new MembresAbsents(s.id(), Designations.nomSansPrefixe(s.identite().nom()),
					(int) this.referentiel.epci(s.identite().siren())
						.map(EpciRef::membres)
						.orElse(List.of())
						.stream()
						.filter((code) -> !presentes.contains(code))
						.count()))
			.filter((e) -> e.absents() > 0)
			.toList();
		Map<String, LigneForm> formulaires = new LinkedHashMap<>();
		tableau.lignes().forEach((l) -> formulaires.put(l.code(), LigneForm.de(l)));
		if (model.getAttribute("ligneEnErreur") instanceof Long ligneId && model.getAttribute("form") != null) {
			tableau.lignes()
				.stream()
				.filter((l) -> l.id() == ligneId)
				.findFirst()
				.ifPresent((l) -> formulaires.put(l.code(), (LigneForm) model.getAttribute("form")));
		}
		model.addAttribute("convention", convention);
		model.addAttribute("tableau", tableau);
		model.addAttribute("modifiables", modifiables);
		model.addAttribute("lignesModifiables",
				tableau.lignes()
					.stream()
					.filter((l) -> DroitsLigne.peutEditer(this.droits, convention, l.signataireId(), l.sirenEpci()))
					.map(LigneAo::code)
					.collect(Collectors.toSet()));
		model.addAttribute("epcis", epcis);
		model.addAttribute("formulaires", formulaires);
		model.addAttribute("competences", Competence.values());
		model.addAttribute("exercices", Exercice.values());
		Map<Competence, String> champs = new java.util.EnumMap<>(Competence.class);
		for (Competence competence : Competence.values()) {
			champs.put(competence, LigneCommande.champ(competence));
		}
		model.addAttribute("champs", champs);
		model.addAttribute("entetes", ENTETES);
		model.addAttribute("nomsEpci",
				tableau.groupements()
					.stream()
					.collect(Collectors.toMap(LigneAo::code, AnnexeCompetences::nom, (a, b) -> a)));
		model.addAttribute("resume", resume(tableau));
		return "annexe/competences";
	}

	/** "Vérification du tableau : 2 erreurs, 1 avertissement". */
	static String resume(TableauAo tableau) {
		return "Vérification du tableau : " + compte(tableau.erreurs(), "erreur", "aucune erreur") + ", "
				+ compte(tableau.avertissements(), "avertissement", "aucun avertissement");
	}

	private static String compte(long n, String mot, String aucun) {
		return (n == 0) ? aucun : n + " " + mot + ((n > 1) ? "s" : "");
	}

	/** A signatory EPCI some of whose member communes have no row yet. */
	record MembresAbsents(long signataireId, String nom, int absents) {
	}

}
