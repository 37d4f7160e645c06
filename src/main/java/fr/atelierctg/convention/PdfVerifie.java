package fr.atelierctg.convention;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.openpdf.text.pdf.PdfReader;

import fr.atelierctg.common.erreurs.DonneesInvalides;

/**
 * A deposited file that really is a readable PDF: checked by its content (signature
 * "%PDF-" and a successful parse), never by its name, and no larger than 20 Mo.
 */
public record PdfVerifie(byte[] contenu, int pages, String sha256) {

	static final int TAILLE_MAXIMALE = 20 * 1024 * 1024;

	static PdfVerifie verifier(byte[] contenu, String champ) {
		return verifier(contenu, champ, "la délibération signée");
	}

	/**
	 * @param piece what the file is, for the messages: "la délibération signée",
	 * "l'annexe"
	 */
	public static PdfVerifie verifier(byte[] contenu, String champ, String piece) {
		if (contenu == null || contenu.length == 0) {
			throw DonneesInvalides.sur(champ, "Choisissez le fichier PDF " + Designations.de(piece) + ".");
		}
		if (contenu.length > TAILLE_MAXIMALE) {
			throw DonneesInvalides.sur(champ, "Ce fichier dépasse 20 Mo : numérisez-le en résolution plus faible "
					+ "(200 ppp en noir et blanc suffisent) ou en plusieurs parties.");
		}
		if (!commenceParLaSignaturePdf(contenu)) {
			throw DonneesInvalides.sur(champ,
					"Ce fichier n'est pas un PDF, quel que soit son nom. Enregistrez ou numérisez " + piece
							+ " au format PDF.");
		}
		int pages;
		try (PdfReader lecteur = new PdfReader(contenu)) {
			if (lecteur.isEncrypted()) {
				throw DonneesInvalides.sur(champ,
						"Ce PDF est protégé par un mot de passe : déposez une version sans protection.");
			}
			pages = lecteur.getNumberOfPages();
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof DonneesInvalides invalide) {
				throw invalide;
			}
			throw DonneesInvalides.sur(champ,
					"Ce PDF est illisible ou endommagé : enregistrez-le de nouveau et réessayez.");
		}
		if (pages < 1) {
			throw DonneesInvalides.sur(champ, "Ce PDF ne contient aucune page.");
		}
		return new PdfVerifie(contenu, pages, empreinte(contenu));
	}

	/** PDF readers accept the header within the first 1024 bytes. */
	private static boolean commenceParLaSignaturePdf(byte[] contenu) {
		byte[] signature = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		int limite = Math.min(contenu.length - signature.length, 1024);
		for (int debut = 0; debut <= limite; debut++) {
			if (java.util.Arrays.equals(contenu, debut, debut + signature.length, signature, 0, signature.length)) {
				return true;
			}
		}
		return false;
	}

	static String empreinte(byte[] contenu) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenu));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The uploaded file's name, without path separators or control characters. */
	public static String nomLisible(String nomFichier, String parDefaut) {
		String nom = (nomFichier == null || nomFichier.isBlank()) ? parDefaut : nomFichier.strip();
		nom = nom.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
		return nom.length() > 200 ? nom.substring(nom.length() - 200) : nom;
	}

}
