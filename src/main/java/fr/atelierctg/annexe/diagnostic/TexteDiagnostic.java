package fr.atelierctg.annexe.diagnostic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * What one author wrote in one section of the diagnostic: the Caf (no signatory) or a
 * signatory collectivité (its contribution). Its key figures are replaced as a whole on
 * each save.
 */
@Entity
@Table(name = "diagnostic_texte")
class TexteDiagnostic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@TenantId
	private @Nullable Long cafId;

	private long conventionId;

	@Enumerated(EnumType.STRING)
	private SectionDiagnostic section;

	private @Nullable Long signataireId;

	private String texte;

	private Instant modifieLe;

	@jakarta.persistence.Column(name = "a_mettre_a_jour")
	private boolean aMettreAJour;

	@Version
	private long version;

	@OneToMany(mappedBy = "texte", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("ordre")
	private List<ChiffreDiagnostic> chiffres = new ArrayList<>();

	@SuppressWarnings("NullAway.Init")
	protected TexteDiagnostic() {
	}

	TexteDiagnostic(long conventionId, SectionDiagnostic section, @Nullable Long signataireId) {
		this.conventionId = conventionId;
		this.section = section;
		this.signataireId = signataireId;
		this.texte = "";
		this.modifieLe = Instant.now();
	}

	/**
	 * @param texte already sanitized
	 */
	void rediger(String texte, List<ChiffreCle> chiffres) {
		this.texte = texte;
		// always dirty: the version moves even when only the figures change
		this.modifieLe = Instant.now();
		this.aMettreAJour = false;
		this.chiffres.clear();
		int ordre = 0;
		for (ChiffreCle chiffre : chiffres) {
			this.chiffres.add(new ChiffreDiagnostic(this, ++ordre, chiffre));
		}
	}

	/**
	 * The same text and figures in a successor convention, to update: the mark goes at
	 * the next save.
	 */
	TexteDiagnostic reprisDans(long conventionId, @Nullable Long signataireId) {
		TexteDiagnostic copie = new TexteDiagnostic(conventionId, this.section, signataireId);
		copie.rediger(this.texte, chiffres());
		copie.aMettreAJour = true;
		return copie;
	}

	boolean isAMettreAJour() {
		return this.aMettreAJour;
	}

	SectionDiagnostic getSection() {
		return this.section;
	}

	@Nullable Long getSignataireId() {
		return this.signataireId;
	}

	long getVersion() {
		return this.version;
	}

	String getTexte() {
		return this.texte;
	}

	List<ChiffreCle> chiffres() {
		return this.chiffres.stream().map(ChiffreDiagnostic::chiffre).toList();
	}

}
