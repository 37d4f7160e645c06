package fr.atelierctg.convention;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.convention.DeliberationService.FichierPdf;

/**
 * Custom annexes made of an uploaded PDF (a map, a study, a signed charter): checked by
 * content like the deliberations, numbered and cited like any annex, their pages inserted
 * in the final PDF right after the annex's heading.
 */
@Service
@Transactional
public class AnnexesPdf {

	private final AccesConventions acces;

	private final AnnexeFichierRepository fichiers;

	private final ConventionRepository conventions;

	private final Redaction redaction;

	AnnexesPdf(AccesConventions acces, AnnexeFichierRepository fichiers, ConventionRepository conventions,
			Redaction redaction) {
		this.acces = acces;
		this.fichiers = fichiers;
		this.conventions = conventions;
		this.redaction = redaction;
	}

	/** A new annex at the end, made of the file's pages. */
	@PreAuthorize("hasAnyRole('CONSEILLER', 'DIRECTEUR')")
	public long ajouter(long conventionId, String titre, String nomFichier, byte[] contenu) {
		Convention convention = this.acces.chargerPourModifier(conventionId);
		String titreVerifie = titreVerifie(titre);
		PdfVerifie pdf = PdfVerifie.verifier(contenu, "fichier", "l'annexe");
		Annexe annexe = this.redaction.nouvelleAnnexe(convention, new AnnexeCommande(titreVerifie, "", null));
		annexe.joindre(description(pdf, nomFichier));
		convention.ajouterAnnexe(annexe);
		this.conventions.flush();
		this.fichiers.save(new AnnexeFichier(annexe.getId(), conventionId, pdf.contenu(), auteur()));
		return annexe.getId();
	}

	/** Another file for an annex made of a PDF; its number and references stay. */
	@PreAuthorize("hasAnyRole('CONSEILLER', 'DIRECTEUR')")
	public void remplacer(long conventionId, long annexeId, String nomFichier, byte[] contenu) {
		Convention convention = this.acces.chargerPourModifier(conventionId);
		Annexe annexe = convention.annexeExistante(annexeId);
		if (annexe.getFichier() == null) {
			throw DonneesInvalides.sur("fichier", "Cette annexe est un texte, pas un fichier PDF.");
		}
		PdfVerifie pdf = PdfVerifie.verifier(contenu, "fichier", "l'annexe");
		annexe.joindre(description(pdf, nomFichier));
		this.fichiers.findById(annexeId)
			.orElseGet(() -> this.fichiers.save(new AnnexeFichier(annexeId, conventionId, pdf.contenu(), auteur())))
			.remplacer(pdf.contenu(), auteur());
		convention.touche();
	}

	/** The file of an annex, as uploaded; 404 if the annex is not a PDF. */
	@Transactional(readOnly = true)
	public FichierPdf fichier(long conventionId, long annexeId) {
		Convention convention = this.acces.charger(conventionId);
		Annexe annexe = convention.annexeExistante(annexeId);
		return this.fichiers.findById(annexeId)
			.filter((f) -> annexe.getFichier() != null)
			.map((f) -> new FichierPdf(annexe.getFichier().nom(), f.getContenu(), null))
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Fichier de l'annexe", annexeId));
	}

	/** The PDF annexes of a convention, in the annexes' order, with their bytes. */
	@Transactional(readOnly = true)
	public List<AnnexeEnPdf> dansLOrdre(long conventionId) {
		ConventionLue convention = ConventionApi.lue(this.acces.charger(conventionId));
		return convention.annexes()
			.stream()
			.filter(AnnexeLu::estUnPdf)
			.map((annexe) -> new AnnexeEnPdf(annexe,
					this.fichiers.findById(annexe.id())
						.map(AnnexeFichier::getContenu)
						.orElseThrow(() -> new IllegalStateException("Fichier absent pour l'annexe " + annexe.id()))))
			.toList();
	}

	private static String titreVerifie(String titre) {
		if (titre == null || titre.isBlank()) {
			throw DonneesInvalides.sur("titre", "Indiquez le titre de l'annexe.");
		}
		if (titre.strip().length() > 300) {
			throw DonneesInvalides.sur("titre", "Le titre ne peut dépasser 300 caractères.");
		}
		return titre.strip();
	}

	private static FichierJoint description(PdfVerifie pdf, String nomFichier) {
		return new FichierJoint(PdfVerifie.nomLisible(nomFichier, "annexe.pdf"), pdf.contenu().length, pdf.pages(),
				pdf.sha256());
	}

	private static String auteur() {
		return SecurityContextHolder.getContext().getAuthentication().getName();
	}

	/** An annex made of a PDF and the file's bytes. */
	public record AnnexeEnPdf(AnnexeLu annexe, byte[] contenu) {
	}

}
