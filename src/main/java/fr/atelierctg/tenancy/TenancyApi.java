package fr.atelierctg.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of tenancy: the Cafs, the current user, user accounts. */
@Service
public class TenancyApi {

	private final CafRepository cafs;

	private final UtilisateurRepository utilisateurs;

	private final PasswordEncoder passwordEncoder;

	TenancyApi(CafRepository cafs, UtilisateurRepository utilisateurs, PasswordEncoder passwordEncoder) {
		this.cafs = cafs;
		this.utilisateurs = utilisateurs;
		this.passwordEncoder = passwordEncoder;
	}

	@Transactional(readOnly = true)
	public CafVue caf(long id) {
		return this.cafs.findById(id).map(Caf::vue).orElseThrow(() -> new IllegalStateException("Caf inconnue " + id));
	}

	@Transactional(readOnly = true)
	public Optional<CafVue> cafDuDepartement(String codeDepartement) {
		return this.cafs.findByCodeDepartement(codeDepartement).map(Caf::vue);
	}

	@Transactional(readOnly = true)
	public List<CafVue> toutesLesCafs() {
		return this.cafs.findAllByOrderByCodeDepartementAsc().stream().map(Caf::vue).toList();
	}

	/** The Caf of the signed-in user; fails when called outside a tenant. */
	public CafVue cafCourante() {
		return caf(TenantContext.cafCourante().orElseThrow(() -> new IllegalStateException("Aucune Caf courante")));
	}

	@Transactional(readOnly = true)
	public List<UtilisateurVue> utilisateursDeLaCaf(long cafId) {
		return this.utilisateurs.findByCafIdOrderByNomAscPrenomAsc(cafId).stream().map(Utilisateur::vue).toList();
	}

	/** The Caf's accounts that have this role (active or not), by name. */
	@Transactional(readOnly = true)
	public List<UtilisateurVue> utilisateursDeLaCaf(long cafId, Role role) {
		return this.utilisateurs.findByCafIdOrderByNomAscPrenomAsc(cafId)
			.stream()
			.map(Utilisateur::vue)
			.filter((u) -> u.role() == role)
			.toList();
	}

	@Transactional(readOnly = true)
	public boolean identifiantPris(String identifiant) {
		return this.utilisateurs.existsByIdentifiant(identifiant);
	}

	@Transactional
	public UtilisateurVue creerUtilisateur(long cafId, NouvelUtilisateur nouveau) {
		Utilisateur utilisateur = new Utilisateur(cafId, nouveau.identifiant(),
				this.passwordEncoder.encode(nouveau.motDePasse()), nouveau.prenom(), nouveau.nom(), nouveau.email(),
				nouveau.role(), nouveau.sirenCollectivites());
		return this.utilisateurs.save(utilisateur).vue();
	}

	/** For the demo data: creates the account only where it does not exist yet. */
	@Transactional
	public void creerUtilisateurSiAbsent(long cafId, NouvelUtilisateur nouveau) {
		if (!this.utilisateurs.existsByIdentifiant(nouveau.identifiant())) {
			creerUtilisateur(cafId, nouveau);
		}
	}

	public record NouvelUtilisateur(String identifiant, String motDePasse, String prenom, String nom, String email,
			Role role, Set<String> sirenCollectivites) {
	}

}
