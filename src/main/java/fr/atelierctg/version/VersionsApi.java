package fr.atelierctg.version;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.common.erreurs.ElementIntrouvable;
import fr.atelierctg.common.web.Telechargement;
import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.StatutConvention;
import fr.atelierctg.tenancy.UtilisateurConnecte;

/**
 * The versions of a convention: listed, read (content, PDF), compared, and taken on
 * demand. Whoever may read the convention may read its versions (a chargé·e de
 * coopération those of the conventions their collectivité signs); only the Caf's
 * conseillers and directeurs take one on demand. Versions are also taken at each change
 * of status ({@link InstantaneApresTransition}).
 */
@Service
@Transactional(readOnly = true)
public class VersionsApi {

	private static final Log logger = LogFactory.getLog(VersionsApi.class);

	private static final int LIBELLE_MAX = 200;

	private final ConventionApi conventions;

	private final Instantane instantane;

	private final VersionRepository versions;

	private final JsonMapper json;

	private final JdbcClient jdbc;

	VersionsApi(ConventionApi conventions, Instantane instantane, VersionRepository versions, JsonMapper json,
			JdbcClient jdbc) {
		this.conventions = conventions;
		this.instantane = instantane;
		this.versions = versions;
		this.json = json;
		this.jdbc = jdbc;
	}

	/** Oldest first. */
	public List<VersionLue> lister(long conventionId) {
		this.conventions.lire(conventionId);
		return this.versions.lister(conventionId);
	}

	public ContenuVersion contenu(long conventionId, int numero) {
		return lire(charger(conventionId, numero));
	}

	/** The PDF as it was, and a file name for it. */
	public PdfVersion pdf(long conventionId, int numero) {
		ConventionLue convention = this.conventions.lire(conventionId);
		VersionConvention version = trouver(conventionId, numero);
		return new PdfVersion(version.pdf(),
				Telechargement.nomDeFichier("CTG " + convention.territoire() + " version " + numero) + ".pdf");
	}

	public record PdfVersion(byte[] contenu, String nomDeFichier) {
	}

	/**
	 * What changed from version {@code de} to version {@code a}, or to the current state
	 * when {@code a} is null.
	 */
	public ComparaisonVersions comparer(long conventionId, int de, Integer a) {
		this.conventions.lire(conventionId);
		VersionConvention depart = trouver(conventionId, de);
		ContenuVersion avant = lire(depart);
		if (a == null) {
			return new ComparaisonVersions(repere(depart.lue()), new ComparaisonVersions.Repere(null, "État actuel"),
					Comparateur.comparer(avant, this.instantane.actuel(conventionId)));
		}
		VersionConvention arrivee = trouver(conventionId, a);
		return new ComparaisonVersions(repere(depart.lue()), repere(arrivee.lue()),
				Comparateur.comparer(avant, lire(arrivee)));
	}

	/**
	 * Takes a version now, for a conseiller or directeur of the Caf.
	 * @param libelle what to call it (optional, 200 characters at most)
	 * @throws AccessDeniedException (403) for any other role
	 */
	@Transactional
	public VersionLue enregistrer(long conventionId, String libelle) {
		UtilisateurConnecte utilisateur = UtilisateurConnecte.courant()
			.filter((u) -> u.role().redige())
			.orElseThrow(() -> new AccessDeniedException(
					"Seuls les conseillers et directeurs de la Caf enregistrent une version."));
		String nom = (libelle == null) ? "" : libelle.strip();
		if (nom.length() > LIBELLE_MAX) {
			throw DonneesInvalides.sur("libelle", "Le nom de la version fait " + LIBELLE_MAX + " caractères au plus.");
		}
		return prendre(conventionId, Origine.DEMANDE, nom, utilisateur.nomComplet(), null);
	}

	/**
	 * At a change of status, after its commit: a new transaction (the committed one is
	 * still bound to the thread); the tenant is set by the caller.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	VersionLue apresTransition(long conventionId, StatutConvention ancien, StatutConvention nouveau, String auteur) {
		// the status of the move, not the one read after the commit: "signée" and "en
		// vigueur" may be
		// reached in one transaction, and the signed version must say "signée"
		return prendre(conventionId, Origine.TRANSITION, ancien.libelle() + " → " + nouveau.libelle(), auteur, nouveau);
	}

	private VersionLue prendre(long conventionId, Origine origine, String libelle, String auteur,
			@org.jspecify.annotations.Nullable StatutConvention statut) {
		long debut = System.nanoTime();
		// versions of one convention are numbered one after the other, even when two are
		// taken at once
		this.jdbc.sql("select 1 from (select pg_advisory_xact_lock(25, cast(:id as integer))) verrou")
			.param("id", conventionId)
			.query(Integer.class)
			.single();
		Instantane.Photographie photo = this.instantane.prendre(conventionId);
		int numero = this.versions.dernierNumero(conventionId) + 1;
		VersionConvention version = this.versions.save(new VersionConvention(conventionId, numero,
				(statut != null) ? statut : StatutConvention.valueOf(photo.contenu().statut()), origine, libelle,
				auteur, Instant.now(), this.json.writeValueAsString(photo.contenu()), photo.pdf(),
				sha256(photo.pdf())));
		logger.info("Version " + numero + " de la convention " + conventionId + " enregistrée en "
				+ (System.nanoTime() - debut) / 1_000_000 + " ms (PDF de " + photo.pdf().length / 1024 + " Ko)");
		return version.lue();
	}

	private VersionConvention charger(long conventionId, int numero) {
		this.conventions.lire(conventionId);
		return trouver(conventionId, numero);
	}

	private VersionConvention trouver(long conventionId, int numero) {
		return this.versions.findByConventionIdAndNumero(conventionId, numero)
			.orElseThrow(() -> new ElementIntrouvable("La version " + numero + " de cette convention n'existe pas."));
	}

	private ContenuVersion lire(VersionConvention version) {
		return this.json.readValue(version.contenu(), ContenuVersion.class);
	}

	private static ComparaisonVersions.Repere repere(VersionLue version) {
		return new ComparaisonVersions.Repere(version.numero(),
				"Version " + version.numero() + " – " + version.statut().libelle() + " – " + version.creeLeEnClair());
	}

	static String sha256(byte[] contenu) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenu));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
