package fr.atelierctg.convention;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.common.erreurs.DonneesInvalides;

/**
 * The signed deliberations of the signatory bodies (annex "Délibérations"). Depositing
 * one also records its date, which the matching "Vu la délibération … en date du …" visa
 * prints.
 */
@Service
@Transactional
public class DeliberationService {

	private final AccesConventions acces;

	private final DeliberationRepository deliberations;

	DeliberationService(AccesConventions acces, DeliberationRepository deliberations) {
		this.acces = acces;
		this.deliberations = deliberations;
	}

	@PreAuthorize("hasAnyRole('CONSEILLER', 'DIRECTEUR')")
	public DeliberationLue deposer(long conventionId, long signataireId, String nomFichier, byte[] contenu,
			LocalDate date) {
		Convention convention = this.acces.chargerPourModifier(conventionId);
		Signataire signataire = convention.signataireExistant(signataireId);
		if (date == null) {
			throw DonneesInvalides.sur("date", "Indiquez la date de la délibération.");
		}
		if (date.isAfter(LocalDate.now())) {
			throw DonneesInvalides.sur("date", "La délibération ne peut pas être datée dans le futur.");
		}
		PdfVerifie pdf = PdfVerifie.verifier(contenu, "fichier");
		String nom = PdfVerifie.nomLisible(nomFichier, "deliberation.pdf");
		String auteur = SecurityContextHolder.getContext().getAuthentication().getName();
		Deliberation deliberation = this.deliberations.findByConventionIdAndSignataireId(conventionId, signataireId)
			.map((existante) -> {
				existante.remplacer(pdf, nom, auteur);
				return existante;
			})
			.orElseGet(() -> this.deliberations.save(new Deliberation(conventionId, signataireId, pdf, nom, auteur)));
		String instance = signataire.lu().deliberationInstance();
		signataire.deliberer(
				(instance == null || instance.isBlank()) ? signataire.getType().instanceParDefaut() : instance, date);
		convention.touche();
		return deliberation.lue();
	}

	@PreAuthorize("hasAnyRole('CONSEILLER', 'DIRECTEUR')")
	public void retirer(long conventionId, long signataireId) {
		this.acces.chargerPourModifier(conventionId);
		this.deliberations.findByConventionIdAndSignataireId(conventionId, signataireId)
			.ifPresent(this.deliberations::delete);
	}

	/**
	 * The PDF as deposited; absent if none, or if the convention is not the user's to
	 * see.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<FichierPdf> fichier(long conventionId, long signataireId) {
		this.acces.charger(conventionId);
		return this.deliberations.findByConventionIdAndSignataireId(conventionId, signataireId)
			.map((d) -> new FichierPdf(d.getNomFichier(), d.getContenu(), null));
	}

	/**
	 * Every deposited deliberation, in the order of the signatories, with its bytes (for
	 * the final PDF).
	 */
	@Transactional(readOnly = true)
	public List<FichierPdf> fichiersDansLOrdre(long conventionId) {
		Convention convention = this.acces.charger(conventionId);
		Map<Long, Signataire> signataires = convention.getSignataires()
			.stream()
			.collect(Collectors.toMap(Signataire::getId, Function.identity()));
		return this.deliberations.findByConventionId(conventionId)
			.stream()
			.filter((d) -> signataires.containsKey(d.getSignataireId()))
			.sorted(Comparator.comparing((Deliberation d) -> signataires.get(d.getSignataireId()).getOrdre()))
			.map((d) -> new FichierPdf(d.getNomFichier(), d.getContenu(),
					signataires.get(d.getSignataireId()).identite()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Map<Long, DeliberationLue> deposees(long conventionId) {
		this.acces.charger(conventionId);
		return this.deliberations.resumes(conventionId)
			.stream()
			.collect(Collectors.toMap(DeliberationLue::signataireId, Function.identity()));
	}

	/**
	 * A PDF file to send or to append.
	 *
	 * @param signataire whose deliberation it is (null when only the file was asked for)
	 */
	public record FichierPdf(String nom, byte[] contenu, IdentiteSignataire signataire) {
	}

}
