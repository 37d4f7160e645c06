package fr.atelierctg.annexe.diagnostic;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A text of the diagnostic as typed (page) or sent (API): rich text and key figures,
 * saved all or nothing.
 *
 * @param texte rich text, sanitized on save
 * @param chiffres rows left blank are ignored
 * @param version the version the user edited ({@link TexteLu#version()}, -1 for a text
 * not written yet), to refuse a save over someone else's; null skips the check
 */
public record SaisieTexte(@Nullable String texte, @Nullable List<ChiffreSaisi> chiffres, @Nullable Long version) {

	public List<ChiffreSaisi> lignes() {
		return (this.chiffres == null) ? List.of() : this.chiffres;
	}

	static SaisieTexte de(TexteLu texte) {
		List<ChiffreSaisi> lignes = texte.chiffres().stream().map(ChiffreSaisi::de).toList();
		return new SaisieTexte(texte.texte(), lignes.isEmpty() ? List.of(ChiffreSaisi.vide()) : lignes,
				texte.version());
	}

	SaisieTexte avecUneLigneDePlus() {
		List<ChiffreSaisi> lignes = new java.util.ArrayList<>(lignes());
		lignes.add(ChiffreSaisi.vide());
		return new SaisieTexte(this.texte, lignes, this.version);
	}

	SaisieTexte sansLaLigne(int index) {
		List<ChiffreSaisi> lignes = new java.util.ArrayList<>(lignes());
		if (index >= 0 && index < lignes.size()) {
			lignes.remove(index);
		}
		return new SaisieTexte(this.texte, lignes, this.version);
	}

}
