package fr.atelierctg.common.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A file sent to the browser, with a name every system accepts. */
public final class Telechargement {

	private Telechargement() {
	}

	/** Shown in the browser (PDF). */
	public static ResponseEntity<byte[]> affiche(byte[] contenu, String nom, MediaType type) {
		return reponse(contenu, ContentDisposition.inline(), nom, type);
	}

	/** Saved to disk (CSV, Excel). */
	public static ResponseEntity<byte[]> enregistre(byte[] contenu, String nom, MediaType type) {
		return reponse(contenu, ContentDisposition.attachment(), nom, type);
	}

	/** "CTG Val de Garonne Agglomération" → "CTG-Val-de-Garonne-Agglomeration". */
	public static String nomDeFichier(String texte) {
		return Normalizer.normalize(texte, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
	}

	private static ResponseEntity<byte[]> reponse(byte[] contenu, ContentDisposition.Builder disposition, String nom,
			MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					disposition.filename(nom, StandardCharsets.UTF_8).build().toString())
			.body(contenu);
	}

}
