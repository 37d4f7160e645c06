package fr.atelierctg.annexe.pilotage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import fr.atelierctg.annexe.pilotage.PilotageCommande.ChargeCooperationCommande;
import fr.atelierctg.annexe.pilotage.PilotageCommande.CommissionCommande;
import fr.atelierctg.annexe.pilotage.PilotageCommande.ComitePilotageCommande;
import fr.atelierctg.annexe.pilotage.PilotageCommande.ComiteTechniqueCommande;
import fr.atelierctg.annexe.pilotage.PilotageCommande.MembreCopilCommande;
import fr.atelierctg.annexe.pilotage.PilotageCommande.MembreTechniqueCommande;
import fr.atelierctg.annexe.pilotage.PilotageLu.ChargeCooperationLu;
import fr.atelierctg.annexe.pilotage.PilotageLu.CommissionLue;
import fr.atelierctg.annexe.pilotage.PilotageLu.MembreCopilLu;
import fr.atelierctg.annexe.pilotage.PilotageLu.MembreTechniqueLu;
import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.texte.TexteRiche;

/**
 * Checks a change of annex 4 and turns it into values to store. Every faulty field gets
 * its French message under its path ({@code chargesCooperation[1].etp}); rows left
 * entirely blank are skipped but keep their index, so that messages land next to the row
 * the user typed.
 */
final class ValidationPilotage {

	static final int LIGNES_AU_PLUS = 200;

	private static final int TEXTE_RICHE_AU_PLUS = 20_000;

	private final Map<String, String> erreurs = new LinkedHashMap<>();

	/** Whether a signatory id belongs to the convention. */
	private final Function<Long, Boolean> signataireConnu;

	ValidationPilotage(Function<Long, Boolean> signataireConnu) {
		this.signataireConnu = signataireConnu;
	}

	/**
	 * @throws DonneesInvalides if anything was refused
	 */
	void verifier() {
		if (!this.erreurs.isEmpty()) {
			throw new DonneesInvalides(this.erreurs);
		}
	}

	Pilotage.Organisation organisation(PilotageCommande commande) {
		ComitePilotageCommande copil = Objects.requireNonNullElse(commande.comitePilotage(),
				new ComitePilotageCommande(null, null, null, null));
		ComiteTechniqueCommande technique = Objects.requireNonNullElse(commande.comiteTechnique(),
				new ComiteTechniqueCommande(null, null, null, null));
		String precisionCopil = precision("comitePilotage", copil.frequence(), copil.precisionFrequence());
		String precisionTechnique = precision("comiteTechnique", technique.frequence(), technique.precisionFrequence());
		return new Pilotage.Organisation(copil.frequence(), precisionCopil,
				texteRiche("comitePilotage.missions", copil.missions()), membresTechniques(technique.membres()),
				technique.frequence(), precisionTechnique, texteRiche("comiteTechnique.missions", technique.missions()),
				commissions(commande.commissions()), charges(commande.chargesCooperation()));
	}

	/** The members of one signatory, under the given path ("membres"). */
	List<MembreCopilLu> membresCopil(String chemin, @Nullable List<@Nullable MembreCopilCommande> lignes) {
		List<MembreCopilLu> membres = new ArrayList<>();
		if (!nombreDeLignes(chemin, lignes)) {
			return membres;
		}
		for (int i = 0; i < lignes.size(); i++) {
			MembreCopilCommande ligne = lignes.get(i);
			if (ligne == null || (ligne.civilite() == null && vide(ligne.nom()) && vide(ligne.fonction()))) {
				continue;
			}
			String ici = chemin + "[" + i + "].";
			String nom = texte(ici + "nom", ligne.nom(), 200);
			String fonction = texte(ici + "fonction", ligne.fonction(), 300);
			if (nom.isEmpty() && fonction.isEmpty()) {
				this.erreurs.put(ici + "nom", "Indiquez le nom de ce membre, ou au moins sa fonction.");
			}
			membres.add(new MembreCopilLu(ligne.civilite(), nom, fonction));
		}
		return membres;
	}

	/** A signatory id of a delegation in the whole-annex change. */
	void signataire(String chemin, @Nullable Long signataireId) {
		if (signataireId == null || !this.signataireConnu.apply(signataireId)) {
			this.erreurs.put(chemin, "Indiquez un signataire de la convention.");
		}
	}

	private List<MembreTechniqueLu> membresTechniques(@Nullable List<@Nullable MembreTechniqueCommande> lignes) {
		String chemin = "comiteTechnique.membres";
		List<MembreTechniqueLu> membres = new ArrayList<>();
		if (!nombreDeLignes(chemin, lignes)) {
			return membres;
		}
		for (int i = 0; i < lignes.size(); i++) {
			MembreTechniqueCommande ligne = lignes.get(i);
			if (ligne == null || (vide(ligne.nom()) && vide(ligne.fonction()) && ligne.signataireId() == null
					&& vide(ligne.organisme()))) {
				continue;
			}
			String ici = chemin + "[" + i + "].";
			String nom = texte(ici + "nom", ligne.nom(), 200);
			String fonction = texte(ici + "fonction", ligne.fonction(), 300);
			if (nom.isEmpty() && fonction.isEmpty()) {
				this.erreurs.put(ici + "nom", "Indiquez le nom de ce membre, ou au moins sa fonction.");
			}
			Long signataireId = signataireOuTexte(ici + "signataireId", ligne.signataireId());
			String organisme = (signataireId != null) ? "" : texte(ici + "organisme", ligne.organisme(), 300);
			if (signataireId == null && organisme.isEmpty() && !this.erreurs.containsKey(ici + "signataireId")) {
				this.erreurs.put(ici + "organisme",
						"Indiquez son organisme : choisissez un signataire ou écrivez le nom d'un autre organisme.");
			}
			membres.add(new MembreTechniqueLu(nom, fonction, signataireId, organisme));
		}
		return membres;
	}

	private List<CommissionLue> commissions(@Nullable List<@Nullable CommissionCommande> lignes) {
		String chemin = "commissions";
		List<CommissionLue> commissions = new ArrayList<>();
		if (!nombreDeLignes(chemin, lignes)) {
			return commissions;
		}
		for (int i = 0; i < lignes.size(); i++) {
			CommissionCommande ligne = lignes.get(i);
			if (ligne == null || (vide(ligne.intitule()) && vide(ligne.theme()) && vide(ligne.composition())
					&& vide(ligne.frequence()))) {
				continue;
			}
			String ici = chemin + "[" + i + "].";
			String intitule = texte(ici + "intitule", ligne.intitule(), 300);
			if (intitule.isEmpty()) {
				this.erreurs.put(ici + "intitule", "Indiquez l'intitulé de la commission.");
			}
			commissions.add(new CommissionLue(intitule, texte(ici + "theme", ligne.theme(), 300),
					texte(ici + "composition", ligne.composition(), 5_000),
					texte(ici + "frequence", ligne.frequence(), 300)));
		}
		return commissions;
	}

	private List<ChargeCooperationLu> charges(@Nullable List<@Nullable ChargeCooperationCommande> lignes) {
		String chemin = "chargesCooperation";
		List<ChargeCooperationLu> charges = new ArrayList<>();
		if (!nombreDeLignes(chemin, lignes)) {
			return charges;
		}
		for (int i = 0; i < lignes.size(); i++) {
			ChargeCooperationCommande ligne = lignes.get(i);
			if (ligne == null || (vide(ligne.nom()) && ligne.signataireId() == null && vide(ligne.employeur())
					&& vide(ligne.etp()) && vide(ligne.financementCaf()))) {
				continue;
			}
			String ici = chemin + "[" + i + "].";
			String nom = texte(ici + "nom", ligne.nom(), 200);
			if (nom.isEmpty()) {
				this.erreurs.put(ici + "nom",
						"Indiquez le nom du chargé ou de la chargée de coopération " + "(ou « Poste à pourvoir »).");
			}
			Long signataireId = signataireOuTexte(ici + "signataireId", ligne.signataireId());
			String employeur = (signataireId != null) ? "" : texte(ici + "employeur", ligne.employeur(), 300);
			if (signataireId == null && employeur.isEmpty() && !this.erreurs.containsKey(ici + "signataireId")) {
				this.erreurs.put(ici + "employeur",
						"Indiquez l'employeur : choisissez un signataire ou écrivez le nom d'un autre employeur.");
			}
			java.math.BigDecimal etp = java.math.BigDecimal.ZERO;
			switch (SaisieEtp.lire(ligne.etp())) {
				case SaisieEtp.Resultat.Valeur valeur -> etp = valeur.etp();
				case SaisieEtp.Resultat.Refus refus -> this.erreurs.put(ici + "etp", refus.message());
			}
			charges.add(new ChargeCooperationLu(nom, signataireId, employeur, etp,
					texte(ici + "financementCaf", ligne.financementCaf(), 500)));
		}
		return charges;
	}

	private String precision(String comite, @Nullable Frequence frequence, @Nullable String precision) {
		if (frequence != Frequence.AUTRE) {
			return "";
		}
		String texte = texte(comite + ".precisionFrequence", precision, 300);
		if (texte.isEmpty()) {
			this.erreurs.put(comite + ".precisionFrequence",
					"Précisez la fréquence des réunions, par exemple « trois fois par an ».");
		}
		return texte;
	}

	private @Nullable Long signataireOuTexte(String chemin, @Nullable Long signataireId) {
		if (signataireId != null && !this.signataireConnu.apply(signataireId)) {
			this.erreurs.put(chemin, "Choisissez un signataire de la convention.");
			return null;
		}
		return signataireId;
	}

	private boolean nombreDeLignes(String chemin, @Nullable List<?> lignes) {
		if (lignes == null || lignes.isEmpty()) {
			return false;
		}
		if (lignes.size() > LIGNES_AU_PLUS) {
			this.erreurs.put(chemin, LIGNES_AU_PLUS + " lignes au plus.");
			return false;
		}
		return true;
	}

	private String texte(String chemin, @Nullable String valeur, int auPlus) {
		String texte = (valeur == null) ? "" : valeur.strip();
		if (texte.length() > auPlus) {
			this.erreurs.put(chemin, auPlus + " caractères au plus (" + texte.length() + " saisis).");
		}
		return texte;
	}

	private String texteRiche(String chemin, @Nullable String html) {
		if (html != null && html.length() > TEXTE_RICHE_AU_PLUS) {
			this.erreurs.put(chemin, "Le texte est trop long.");
			return "";
		}
		return TexteRiche.nettoyer(html);
	}

	private static boolean vide(@Nullable String texte) {
		return texte == null || texte.isBlank();
	}

}
