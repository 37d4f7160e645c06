package fr.atelierctg.annexe.equipements;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the uploaded bytes into text and guesses the separator, the way Excel writes CSV
 * files: "CSV UTF-8" (with a BOM), plain "CSV" (Windows-1252 on a French Windows, ";"
 * separator), or other tools (UTF-8 without BOM, "," or tab). A file that is valid UTF-8
 * is read as UTF-8, anything else as Windows-1252: cp1252 text with accents is
 * practically never valid UTF-8.
 */
record FichierTexte(String texte, char separateur) {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final char BOM = '\uFEFF';

	static FichierTexte decoder(byte[] octets) {
		String texte = enUtf8(octets);
		if (texte == null) {
			texte = new String(octets, WINDOWS_1252);
		}
		if (!texte.isEmpty() && texte.charAt(0) == BOM) {
			texte = texte.substring(1);
		}
		return new FichierTexte(texte, separateur(premiereLigneNonVide(texte)));
	}

	/** Starts like a zip archive, as .xlsx and .ods files do. */
	static boolean estUnClasseur(byte[] octets) {
		return octets.length >= 4 && octets[0] == 'P' && octets[1] == 'K' && octets[2] == 3 && octets[3] == 4;
	}

	private static String enUtf8(byte[] octets) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(octets))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static String premiereLigneNonVide(String texte) {
		for (String ligne : texte.lines().limit(50).toList()) {
			if (!ligne.isBlank()) {
				return ligne;
			}
		}
		return "";
	}

	/**
	 * The most frequent of ";", "," and tab outside quotes in the header; ";" if none.
	 */
	private static char separateur(String entete) {
		int pointsVirgules = 0;
		int virgules = 0;
		int tabulations = 0;
		boolean entreGuillemets = false;
		for (int i = 0; i < entete.length(); i++) {
			char c = entete.charAt(i);
			if (c == '"') {
				entreGuillemets = !entreGuillemets;
			}
			else if (!entreGuillemets) {
				switch (c) {
					case ';' -> pointsVirgules++;
					case ',' -> virgules++;
					case '\t' -> tabulations++;
					default -> {
					}
				}
			}
		}
		if (tabulations > pointsVirgules && tabulations > virgules) {
			return '\t';
		}
		return (virgules > pointsVirgules) ? ',' : ';';
	}

}
