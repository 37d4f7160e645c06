package fr.atelierctg.annexe.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionIntrouvable;
import fr.atelierctg.convention.ConventionLue;

/**
 * Annex 3 of a convention: the plan d'actions. Axes and actions are kept in order; their
 * numbers (axis 2, action 2.3) follow from it and change with every move. Every write
 * checks its rights on the server ({@link DroitsPlan}: 403) and its data (French field
 * errors, nothing saved); an id of another convention is 404.
 */
@Service
@Transactional(readOnly = true)
public class PlanActionsApi {

	private final ConventionApi conventions;

	private final AxeRepository axes;

	private final ActionPlanRepository actions;

	private final DroitsPlan droits;

	private final RedactionFiche redaction;

	PlanActionsApi(ConventionApi conventions, AxeRepository axes, ActionPlanRepository actions, DroitsPlan droits,
			RedactionFiche redaction) {
		this.conventions = conventions;
		this.axes = axes;
		this.actions = actions;
		this.droits = droits;
		this.redaction = redaction;
	}

	public PlanActionsLu lire(long conventionId) {
		return plan(this.conventions.lire(conventionId));
	}

	public ActionLu action(long conventionId, long actionId) {
		return lire(conventionId).action(actionId)
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Action", actionId));
	}

	public AxeLu axe(long conventionId, long axeId) {
		return lire(conventionId).axe(axeId).orElseThrow(() -> ConventionIntrouvable.pourElement("Axe", axeId));
	}

	/** The plan of a convention already read (and so already checked). */
	PlanActionsLu plan(ConventionLue convention) {
		List<ActionPlan> toutes = this.actions.findByConventionIdOrderByAxeIdAscOrdreAsc(convention.id());
		Map<Long, String> charges = toutes.stream().anyMatch((a) -> a.getChargeCooperationId() != null)
				? this.redaction.nomsDesCharges(convention.cafId()) : Map.of();
		Map<Long, List<ActionPlan>> parAxe = toutes.stream().collect(Collectors.groupingBy(ActionPlan::getAxeId));
		List<AxeLu> lus = new ArrayList<>();
		for (Axe axe : this.axes.findByConventionIdOrderByOrdreAsc(convention.id())) {
			int numero = lus.size() + 1;
			List<ActionLu> actionsLues = new ArrayList<>();
			for (ActionPlan action : parAxe.getOrDefault(axe.getId(), List.of())) {
				actionsLues.add(lue(convention, action, numero + "." + (actionsLues.size() + 1), charges));
			}
			lus.add(new AxeLu(axe.getId(), numero, axe.getIntitule(), axe.getVersion(), List.copyOf(actionsLues)));
		}
		return new PlanActionsLu(convention.id(), List.copyOf(lus));
	}

	private static ActionLu lue(ConventionLue convention, ActionPlan action, String numero, Map<Long, String> charges) {
		Long pilote = action.getPiloteSignataireId();
		Long charge = action.getChargeCooperationId();
		return new ActionLu(action.getId(), numero, action.getAxeId(), action.getIntitule(), action.fiche(), pilote,
				(pilote == null) ? null : convention.signataire(pilote).map((s) -> s.identite().nom()).orElse(null),
				charge, (charge == null) ? null : charges.get(charge), action.getVersion(), action.isAReecrire());
	}

	@Transactional
	public void partirDuModele(long conventionId) {
		this.droits.verifierRedactionCaf(this.conventions.lire(conventionId));
		if (!this.axes.findByConventionIdOrderByOrdreAsc(conventionId).isEmpty()) {
			throw DonneesInvalides.sur("axes",
					"Le plan d'actions a déjà des axes : ajoutez ceux qui manquent un par un.");
		}
		int ordre = 0;
		for (String intitule : ObjectifsDuModele.AXES) {
			this.axes.save(new Axe(conventionId, ++ordre, intitule));
		}
	}

	@Transactional
	public long ajouterAxe(long conventionId, AxeCommande commande) {
		this.droits.verifierRedactionCaf(this.conventions.lire(conventionId));
		String intitule = intituleAxe(commande);
		int ordre = this.axes.findByConventionIdOrderByOrdreAsc(conventionId).size() + 1;
		return this.axes.save(new Axe(conventionId, ordre, intitule)).getId();
	}

	@Transactional
	public void modifierAxe(long conventionId, long axeId, AxeCommande commande) {
		this.droits.verifierRedactionCaf(this.conventions.lire(conventionId));
		Axe axe = axeExistant(conventionId, axeId);
		if (commande.version() != null && commande.version() != axe.getVersion()) {
			throw DonneesInvalides.sur("intitule", "Cet axe a été modifié par quelqu'un d'autre depuis que vous "
					+ "l'avez ouvert. Rechargez la page pour voir sa dernière version avant de le modifier.");
		}
		axe.renommer(intituleAxe(commande));
	}

	/**
	 * An axis goes only once empty: its fiches actions are too much work to lose in one
	 * click, and moving them elsewhere is one click each.
	 */
	@Transactional
	public void retirerAxe(long conventionId, long axeId) {
		this.droits.verifierRedactionCaf(this.conventions.lire(conventionId));
		Axe axe = axeExistant(conventionId, axeId);
		long nombre = this.actions.countByAxeId(axeId);
		if (nombre > 0) {
			throw DonneesInvalides.sur("axe", "Cet axe contient " + ((nombre == 1) ? "une action" : nombre + " actions")
					+ " : déplacez-les vers un autre axe ou supprimez-les d'abord.");
		}
		List<Axe> restants = new ArrayList<>(this.axes.findByConventionIdOrderByOrdreAsc(conventionId));
		restants.remove(axe);
		this.axes.delete(axe);
		Ordonne.renumeroter(restants);
	}

	/** Puts the axis at that place (1 = first); every number after it follows. */
	@Transactional
	public void deplacerAxe(long conventionId, long axeId, int position) {
		this.droits.verifierRedactionCaf(this.conventions.lire(conventionId));
		Axe axe = axeExistant(conventionId, axeId);
		Ordonne.deplacer(this.axes.findByConventionIdOrderByOrdreAsc(conventionId), axe, position);
	}

	/** A new action, last of its axis. */
	@Transactional
	public long ajouterAction(long conventionId, FicheActionCommande commande) {
		ConventionLue convention = this.conventions.lire(conventionId);
		if (!this.droits.peutCreer(convention)) {
			throw new AccessDeniedException("Vous ne pouvez pas ajouter d'action à ce plan.");
		}
		if (commande.axeId() == null) {
			throw DonneesInvalides.sur("axeId", "Choisissez l'axe de l'action.");
		}
		Axe axe = axeDuPlan(conventionId, commande.axeId());
		ActionPlan action = new ActionPlan(conventionId, axe.getId(), (int) this.actions.countByAxeId(axe.getId()) + 1);
		this.redaction.rediger(convention, action, commande, true);
		return this.actions.save(action).getId();
	}

	@Transactional
	public void modifierAction(long conventionId, long actionId, FicheActionCommande commande) {
		ConventionLue convention = this.conventions.lire(conventionId);
		ActionPlan action = actionExistante(conventionId, actionId);
		this.droits.verifierModification(convention, action);
		if (commande.version() != null && commande.version() != action.getVersion()) {
			throw DonneesInvalides.sur("version", "Cette action a été modifiée par quelqu'un d'autre depuis que vous "
					+ "l'avez ouverte. Rechargez la page pour voir sa dernière version avant de la modifier.");
		}
		this.redaction.rediger(convention, action, commande, false);
	}

	@Transactional
	public void retirerAction(long conventionId, long actionId) {
		ConventionLue convention = this.conventions.lire(conventionId);
		ActionPlan action = actionExistante(conventionId, actionId);
		this.droits.verifierSuppression(convention, action);
		List<ActionPlan> restantes = new ArrayList<>(this.actions.findByAxeIdOrderByOrdreAsc(action.getAxeId()));
		restantes.remove(action);
		this.actions.delete(action);
		Ordonne.renumeroter(restantes);
	}

	/**
	 * Moves an action within its axis or to another one (at the given place, else last);
	 * the actions after it in both axes are renumbered.
	 */
	@Transactional
	public void deplacerAction(long conventionId, long actionId, DeplacementCommande deplacement) {
		this.droits.verifierRedactionCaf(this.conventions.lire(conventionId));
		ActionPlan action = actionExistante(conventionId, actionId);
		long cible = (deplacement.axeId() == null) ? action.getAxeId()
				: axeDuPlan(conventionId, deplacement.axeId()).getId();
		if (cible != action.getAxeId()) {
			List<ActionPlan> depart = new ArrayList<>(this.actions.findByAxeIdOrderByOrdreAsc(action.getAxeId()));
			depart.remove(action);
			Ordonne.renumeroter(depart);
			action.rattacherA(cible);
		}
		int position = (deplacement.position() == null) ? Integer.MAX_VALUE : deplacement.position();
		Ordonne.deplacer(this.actions.findByAxeIdOrderByOrdreAsc(cible), action, position);
	}

	/**
	 * Renewal: copies the axes of a convention's plan into its successor, and in them the
	 * fiches actions kept or to rewrite (marked "à réécrire" until saved again), in their
	 * order; the other fiches are closed with the predecessor. The predecessor is only
	 * read.
	 * @param signataires for each signatory of the predecessor, the same party in the
	 * successor (the pilots follow; a pilot who left is to choose again)
	 * @param reprises for each fiche to copy (by its id in the predecessor): whether it
	 * is to rewrite
	 * @return for each fiche copied, its id in the successor
	 * @throws AccessDeniedException unless Caf conseiller or directeur
	 */
	@Transactional
	public Map<Long, Long> reprendre(long depuis, long vers, Map<Long, Long> signataires, Map<Long, Boolean> reprises) {
		this.conventions.lire(depuis);
		this.droits.verifierRedactionCaf(this.conventions.lire(vers));
		if (!this.axes.findByConventionIdOrderByOrdreAsc(vers).isEmpty()) {
			throw DonneesInvalides.sur("axes", "Le plan d'actions de la nouvelle convention est déjà commencé.");
		}
		Map<Long, List<ActionPlan>> parAxe = this.actions.findByConventionIdOrderByAxeIdAscOrdreAsc(depuis)
			.stream()
			.collect(Collectors.groupingBy(ActionPlan::getAxeId));
		Map<Long, Long> copies = new java.util.LinkedHashMap<>();
		for (Axe axe : this.axes.findByConventionIdOrderByOrdreAsc(depuis)) {
			Axe nouvelAxe = this.axes.save(axe.reprisDans(vers));
			int ordre = 0;
			for (ActionPlan action : parAxe.getOrDefault(axe.getId(), List.of())) {
				Boolean aReecrire = reprises.get(action.getId());
				if (aReecrire != null) {
					Long pilote = (action.getPiloteSignataireId() == null) ? null
							: signataires.get(action.getPiloteSignataireId());
					copies.put(action.getId(),
							this.actions.save(action.reprise(vers, nouvelAxe.getId(), ++ordre, pilote, aReecrire))
								.getId());
				}
			}
		}
		return copies;
	}

	private static String intituleAxe(AxeCommande commande) {
		String intitule = (commande.intitule() == null) ? "" : commande.intitule().strip();
		if (intitule.isEmpty()) {
			throw DonneesInvalides.sur("intitule", "Indiquez l'intitulé de l'axe.");
		}
		return intitule;
	}

	private Axe axeExistant(long conventionId, long axeId) {
		return this.axes.findById(axeId)
			.filter((a) -> a.getConventionId() == conventionId)
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Axe", axeId));
	}

	/** An axis named in a command's body: a field error rather than a 404. */
	private Axe axeDuPlan(long conventionId, long axeId) {
		return this.axes.findById(axeId)
			.filter((a) -> a.getConventionId() == conventionId)
			.orElseThrow(() -> DonneesInvalides.sur("axeId",
					"Cet axe n'appartient pas au plan d'actions de cette convention."));
	}

	private ActionPlan actionExistante(long conventionId, long actionId) {
		return this.actions.findById(actionId)
			.filter((a) -> a.getConventionId() == conventionId)
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Action", actionId));
	}

}
