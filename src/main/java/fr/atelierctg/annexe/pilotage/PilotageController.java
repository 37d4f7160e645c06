package fr.atelierctg.annexe.pilotage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.atelierctg.annexe.pilotage.PilotageCommande.ChargeCooperationCommande;
import fr.atelierctg.annexe.pilotage.PilotageCommande.CommissionCommande;
import fr.atelierctg.annexe.pilotage.PilotageCommande.ComitePilotageCommande;
import fr.atelierctg.annexe.pilotage.PilotageCommande.ComiteTechniqueCommande;
import fr.atelierctg.annexe.pilotage.PilotageCommande.DelegationCommande;
import fr.atelierctg.annexe.pilotage.PilotageCommande.MembreCopilCommande;
import fr.atelierctg.annexe.pilotage.PilotageCommande.MembreTechniqueCommande;
import fr.atelierctg.annexe.pilotage.PilotageLu.DelegationLue;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.DroitsEdition;
import fr.atelierctg.convention.SignataireLu;

/**
 * Annex 4 pages: the annex as it stands, the form of the members one signatory designates
 * to the comité de pilotage, the form of the Caf's part. Forms offer spare blank rows
 * (ignored when saved); messages are shown next to their field and nothing is saved while
 * one remains.
 */
@Controller
@RequestMapping("/conventions/{id}/annexes/pilotage")
class PilotageController {

	private static final int LIGNES_LIBRES = 3;

	private final PilotageApi pilotage;

	private final ConventionApi conventions;

	private final DroitsEdition droits;

	PilotageController(PilotageApi pilotage, ConventionApi conventions, DroitsEdition droits) {
		this.pilotage = pilotage;
		this.conventions = conventions;
		this.droits = droits;
	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		ConventionLue convention = this.conventions.lire(id);
		PilotageLu lu = this.pilotage.lire(convention);
		Set<Long> modifiables = this.droits.partiesEditables(convention)
			.stream()
			.map(SignataireLu::id)
			.collect(Collectors.toSet());
		// forty communes without members fold away; a chargé·e keeps theirs in sight
		boolean redacteur = this.droits.redigeTout();
		Map<Boolean, List<DelegationLue>> enTableau = lu.comitePilotage()
			.delegations()
			.stream()
			.collect(Collectors.partitioningBy(
					(d) -> !d.membres().isEmpty() || (!redacteur && modifiables.contains(d.signataireId()))));
		model.addAttribute("convention", convention);
		model.addAttribute("pilotage", lu);
		model.addAttribute("modifiables", modifiables);
		model.addAttribute("affichees", enTableau.get(true));
		model.addAttribute("sansMembre", enTableau.get(false));
		return "annexe/pilotage";
	}

	@GetMapping("/copil/{signataireId}")
	String delegation(@PathVariable long id, @PathVariable long signataireId, Model model) {
		DelegationLue delegation = this.pilotage.delegation(id, signataireId);
		this.droits.verifierEdition(this.conventions.lire(id), signataireId);
		List<MembreCopilCommande> membres = new ArrayList<>(delegation.membres()
			.stream()
			.map((m) -> new MembreCopilCommande(m.civilite(), m.nom(), m.fonction()))
			.toList());
		DelegationCommande form = new DelegationCommande(signataireId, libres(membres, this::membreVide),
				delegation.version());
		return formulaireDelegation(id, delegation, form, Map.of(), model);
	}

	@PostMapping("/copil/{signataireId}")
	String enregistrerDelegation(@PathVariable long id, @PathVariable long signataireId,
			@ModelAttribute("form") DelegationCommande form, BindingResult liaison, Model model,
			RedirectAttributes redirection) {
		Map<String, String> erreurs = erreursDeSaisie(liaison);
		if (erreurs.isEmpty()) {
			try {
				DelegationLue enregistree = this.pilotage.enregistrerDelegation(id, signataireId, form);
				redirection.addFlashAttribute("succes",
						"Membres du comité de pilotage enregistrés pour : " + enregistree.signataire() + ".");
				return "redirect:/conventions/" + id + "/annexes/pilotage#copil-" + signataireId;
			}
			catch (DonneesInvalides ex) {
				erreurs = ex.erreurs();
			}
		}
		DelegationLue delegation = this.pilotage.delegation(id, signataireId);
		this.droits.verifierEdition(this.conventions.lire(id), signataireId);
		return formulaireDelegation(id, delegation, form, erreurs, model);
	}

	@GetMapping("/organisation")
	String organisation(@PathVariable long id, Model model) {
		PilotageLu lu = this.pilotage.lire(id);
		this.droits.verifierRedactionCaf();
		PilotageCommande form = new PilotageCommande(lu.version(),
				new ComitePilotageCommande(lu.comitePilotage().frequence(), lu.comitePilotage().precisionFrequence(),
						lu.comitePilotage().missions(), null),
				new ComiteTechniqueCommande(lu.comiteTechnique().frequence(), lu.comiteTechnique().precisionFrequence(),
						lu.comiteTechnique().missions(),
						libres(lu.comiteTechnique()
							.membres()
							.stream()
							.map((m) -> new MembreTechniqueCommande(m.nom(), m.fonction(), m.signataireId(),
									(m.signataireId() == null) ? m.organisme() : ""))
							.toList(), () -> new MembreTechniqueCommande(null, null, null, null))),
				libres(lu.commissions()
					.stream()
					.map((c) -> new CommissionCommande(c.intitule(), c.theme(), c.composition(), c.frequence()))
					.toList(), () -> new CommissionCommande(null, null, null, null)),
				libres(lu.chargesCooperation()
					.stream()
					.map((c) -> new ChargeCooperationCommande(c.nom(), c.signataireId(),
							(c.signataireId() == null) ? c.employeur() : "",
							c.etp().stripTrailingZeros().toPlainString().replace('.', ','), c.financementCaf()))
					.toList(), () -> new ChargeCooperationCommande(null, null, null, null, null)));
		return formulaireOrganisation(id, form, Map.of(), model);
	}

	@PostMapping("/organisation")
	String enregistrerOrganisation(@PathVariable long id, @ModelAttribute("form") PilotageCommande form,
			BindingResult liaison, Model model, RedirectAttributes redirection) {
		Map<String, String> erreurs = erreursDeSaisie(liaison);
		// the members of the comité de pilotage are saved by signatory, never from this
		// form
		PilotageCommande commande = new PilotageCommande(form.version(),
				(form.comitePilotage() == null) ? null
						: new ComitePilotageCommande(form.comitePilotage().frequence(),
								form.comitePilotage().precisionFrequence(), form.comitePilotage().missions(), null),
				form.comiteTechnique(), form.commissions(), form.chargesCooperation());
		if (erreurs.isEmpty()) {
			try {
				this.pilotage.enregistrer(id, commande);
				redirection.addFlashAttribute("succes", "Annexe de pilotage enregistrée.");
				return "redirect:/conventions/" + id + "/annexes/pilotage";
			}
			catch (DonneesInvalides ex) {
				erreurs = ex.erreurs();
			}
		}
		this.conventions.lire(id);
		this.droits.verifierRedactionCaf();
		return formulaireOrganisation(id, commande, erreurs, model);
	}

	private String formulaireDelegation(long id, DelegationLue delegation, DelegationCommande form,
			Map<String, String> erreurs, Model model) {
		model.addAttribute("convention", this.conventions.lire(id));
		model.addAttribute("delegation", delegation);
		model.addAttribute("form", form);
		model.addAttribute("erreurs", erreurs);
		return "annexe/pilotage-copil";
	}

	private String formulaireOrganisation(long id, PilotageCommande form, Map<String, String> erreurs, Model model) {
		ConventionLue convention = this.conventions.lire(id);
		model.addAttribute("convention", convention);
		model.addAttribute("form", form);
		model.addAttribute("erreurs", erreurs);
		model.addAttribute("frequences", Frequence.values());
		model.addAttribute("signataires", convention.signataires()
			.stream()
			.collect(Collectors.toMap(SignataireLu::id, PilotageApi::libelle, (a, b) -> a, LinkedHashMap::new)));
		return "annexe/pilotage-organisation";
	}

	/**
	 * Values the form could not even bind (a crafted request): one plain message each.
	 */
	private static Map<String, String> erreursDeSaisie(BindingResult liaison) {
		Map<String, String> erreurs = new LinkedHashMap<>();
		for (FieldError erreur : liaison.getFieldErrors()) {
			erreurs.put(erreur.getField(), "Valeur non reconnue : choisissez une valeur de la liste.");
		}
		if (liaison.hasGlobalErrors()) {
			erreurs.put("version", "Le formulaire n'a pas pu être lu : rechargez la page.");
		}
		return erreurs;
	}

	private MembreCopilCommande membreVide() {
		return new MembreCopilCommande(null, null, null);
	}

	private static <T> List<T> libres(List<T> lignes, java.util.function.Supplier<T> vide) {
		List<T> avecLibres = new ArrayList<>(lignes);
		for (int i = 0; i < LIGNES_LIBRES; i++) {
			avecLibres.add(vide.get());
		}
		return avecLibres;
	}

}
