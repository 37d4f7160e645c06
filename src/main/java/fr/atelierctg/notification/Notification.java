package fr.atelierctg.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A notification kept for its recipient, read or not. */
@Entity
@Table(name = "notification")
class Notification {

	private static final int TITRE_MAX = 300;

	private static final int TEXTE_MAX = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long cafId;

	private long destinataireId;

	private @Nullable Long conventionId;

	@Enumerated(EnumType.STRING)
	private TypeNotification type;

	private String titre;

	private String texte;

	private String lien;

	private Instant creeLe = Instant.now();

	private @Nullable Instant lueLe;

	protected Notification() {
	}

	Notification(Avis avis) {
		this.destinataireId = avis.destinataire().id();
		this.conventionId = avis.conventionId();
		this.type = avis.type();
		this.titre = coupe(avis.titre(), TITRE_MAX);
		this.texte = coupe(avis.texte(), TEXTE_MAX);
		this.lien = avis.chemin();
	}

	void marquerLue() {
		if (this.lueLe == null) {
			this.lueLe = Instant.now();
		}
	}

	NotificationLue lue() {
		return new NotificationLue(this.id, this.type, this.type.libelle(), this.titre, this.texte, this.lien,
				this.conventionId, this.creeLe, this.lueLe != null);
	}

	private static String coupe(String texte, int max) {
		return (texte.length() <= max) ? texte : texte.substring(0, max - 1) + "…";
	}

}
