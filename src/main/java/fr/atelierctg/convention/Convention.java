package fr.atelierctg.convention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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

/** A CTG being drafted: its period and options, its signatories and its articles. */
@Entity
@Table(name = "convention")
class Convention {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@TenantId
	private Long cafId;

	private String titre;

	private String territoire;

	private LocalDate dateDebut;

	private LocalDate dateFin;

	private String lieuSignature;

	@Enumerated(EnumType.STRING)
	private PresidenceCopil presidenceCopil = PresidenceCopil.ALTERNEE;

	private boolean ctgDansMaPoche;

	@Enumerated(EnumType.STRING)
	private StatutConvention statut = StatutConvention.BROUILLON;

	private String editionModele;

	private LocalDate dateSignaturePrevue;

	private LocalDate dateResiliation;

	@Enumerated(EnumType.STRING)
	private MotifResiliation motifResiliation;

	private Long predecesseurId;

	/**
	 * The end moved by a signed prolongation avenant; null while the period's end holds.
	 */
	private LocalDate dateFinProlongee;

	private Instant creeLe = Instant.now();

	/**
	 * Saving one article touches the convention's date; two people saving two different
	 * articles must not refuse each other for that.
	 */
	@org.hibernate.annotations.OptimisticLock(excluded = true)
	private Instant modifieLe = Instant.now();

	@Version
	private long version;

	@OneToMany(mappedBy = "convention", cascade = CascadeType.ALL, orphanRemoval = true)
	@org.hibernate.annotations.BatchSize(size = 50)
	@OrderBy("ordre")
	private List<Signataire> signataires = new ArrayList<>();

	@OneToMany(mappedBy = "convention", cascade = CascadeType.ALL, orphanRemoval = true)
	@org.hibernate.annotations.BatchSize(size = 50)
	@OrderBy("ordre")
	private List<Article> articles = new ArrayList<>();

	@OneToMany(mappedBy = "convention", cascade = CascadeType.ALL, orphanRemoval = true)
	@org.hibernate.annotations.BatchSize(size = 50)
	@OrderBy("ordre")
	private List<Annexe> annexes = new ArrayList<>();

	@OneToMany(mappedBy = "convention", cascade = CascadeType.ALL, orphanRemoval = true)
	@org.hibernate.annotations.BatchSize(size = 50)
	private List<Signature> signatures = new ArrayList<>();

	protected Convention() {
	}

	/**
	 * A new, empty convention; {@link #modifier} gives it its title, period and options.
	 */
	Convention(String editionModele) {
		this.editionModele = editionModele;
	}

	void modifier(String titre, String territoire, Periode periode, String lieuSignature,
			PresidenceCopil presidenceCopil, boolean ctgDansMaPoche) {
		this.titre = titre;
		this.territoire = territoire;
		this.dateDebut = periode.debut();
		this.dateFin = periode.fin();
		this.lieuSignature = lieuSignature;
		this.presidenceCopil = presidenceCopil;
		this.ctgDansMaPoche = ctgDansMaPoche;
		touche();
	}

	/**
	 * @throws ConventionFigee (409) once validated: the text no longer changes
	 */
	void verifierModifiable() {
		if (this.statut.fige()) {
			throw new ConventionFigee();
		}
	}

	/**
	 * Moves to another status; the rules of who and from where are {@link Transition}'s.
	 */
	void changerDeStatut(Transition transition) {
		if (!transition.depuis().contains(this.statut)) {
			throw new TransitionImpossible(transition, this.statut);
		}
		this.statut = transition.vers();
		touche();
	}

	void resilier(LocalDate date, MotifResiliation motif) {
		changerDeStatut(Transition.RESILIER);
		this.dateResiliation = date;
		this.motifResiliation = motif;
	}

	void prolonger(LocalDate nouvelleFin) {
		this.dateFinProlongee = nouvelleFin;
		touche();
	}

	/** The period's end, or the end a signed prolongation avenant set. */
	LocalDate getFinEffective() {
		return (this.dateFinProlongee != null) ? this.dateFinProlongee : this.dateFin;
	}

	void prevoirSignature(LocalDate date) {
		this.dateSignaturePrevue = date;
		touche();
	}

	void succederA(long predecesseurId) {
		this.predecesseurId = predecesseurId;
	}

	Signature signer(Signature signature) {
		this.signatures.add(signature);
		signature.rattacher(this);
		touche();
		return signature;
	}

	void retirerSignature(Signature signature) {
		this.signatures.remove(signature);
		touche();
	}

	Optional<Signature> signature(long signataireId) {
		return this.signatures.stream().filter((s) -> s.getSignataireId() == signataireId).findFirst();
	}

	boolean toutesLesSignaturesRecueillies() {
		return this.signataires.stream().allMatch((s) -> signature(s.getId()).isPresent());
	}

	List<Signature> getSignatures() {
		return this.signatures;
	}

	void touche() {
		this.modifieLe = Instant.now();
	}

	Signataire ajouterSignataire(Signataire signataire) {
		signataire.rattacher(this, prochainOrdre(this.signataires.stream().map(Signataire::getOrdre).toList()));
		this.signataires.add(signataire);
		touche();
		return signataire;
	}

	void retirerSignataire(Signataire signataire) {
		this.articles
			.removeIf((article) -> signataire.getId() != null && signataire.getId().equals(article.getSignataireId()));
		this.signataires.remove(signataire);
		touche();
	}

	Article ajouterArticle(Article article, Optional<Article> apres) {
		int position = apres.map(this.articles::indexOf).map((index) -> index + 1).orElse(this.articles.size());
		this.articles.add(position, article);
		article.rattacher(this);
		renumeroterArticles();
		touche();
		return article;
	}

	void retirerArticle(Article article) {
		this.articles.remove(article);
		renumeroterArticles();
		touche();
	}

	/** Moves an article one place up (-1) or down (+1) among the numbered articles. */
	void deplacerArticle(Article article, int sens) {
		// the préambule stays first: an article never swaps with an element of another
		// nature
		deplacer(this.articles, article, sens, (voisin) -> voisin.getNature() == article.getNature(), Article::placer);
	}

	private void renumeroterArticles() {
		renumeroter(this.articles, Article::placer);
	}

	private static int prochainOrdre(List<Integer> ordres) {
		return ordres.stream().max(Comparator.naturalOrder()).orElse(0) + 1;
	}

	Annexe ajouterAnnexe(Annexe annexe) {
		this.annexes.add(annexe);
		annexe.rattacher(this);
		renumeroter(this.annexes, Annexe::placer);
		touche();
		return annexe;
	}

	void retirerAnnexe(Annexe annexe) {
		this.annexes.remove(annexe);
		renumeroter(this.annexes, Annexe::placer);
		touche();
	}

	/** Moves an annex one place up (-1) or down (+1); every number after it follows. */
	void deplacerAnnexe(Annexe annexe, int sens) {
		deplacer(this.annexes, annexe, sens, (voisine) -> true, Annexe::placer);
	}

	/**
	 * Swaps an element with its neighbour up (-1) or down (+1), then renumbers the list.
	 */
	private <T> void deplacer(List<T> elements, T element, int sens, java.util.function.Predicate<T> permis,
			java.util.function.ObjIntConsumer<T> placer) {
		int index = elements.indexOf(element);
		int cible = index + Integer.signum(sens);
		if (index < 0 || cible < 0 || cible >= elements.size() || !permis.test(elements.get(cible))) {
			return;
		}
		elements.remove(index);
		elements.add(cible, element);
		renumeroter(elements, placer);
		touche();
	}

	private static <T> void renumeroter(List<T> elements, java.util.function.ObjIntConsumer<T> placer) {
		for (int i = 0; i < elements.size(); i++) {
			placer.accept(elements.get(i), i + 1);
		}
	}

	Optional<Annexe> annexe(long annexeId) {
		return this.annexes.stream().filter((a) -> a.getId() == annexeId).findFirst();
	}

	/**
	 * The signatory, or {@link ConventionIntrouvable} (404) when it is not one of this
	 * convention's.
	 */
	Signataire signataireExistant(long signataireId) {
		return signataire(signataireId)
			.orElseThrow(() -> ConventionIntrouvable.pourElement("Signataire", signataireId));
	}

	Article articleExistant(long articleId) {
		return article(articleId).orElseThrow(() -> ConventionIntrouvable.pourElement("Article", articleId));
	}

	Annexe annexeExistante(long annexeId) {
		return annexe(annexeId).orElseThrow(() -> ConventionIntrouvable.pourElement("Annexe", annexeId));
	}

	Optional<Signataire> signataire(long signataireId) {
		return this.signataires.stream().filter((s) -> s.getId() == signataireId).findFirst();
	}

	Optional<Article> article(long articleId) {
		return this.articles.stream().filter((a) -> a.getId() == articleId).findFirst();
	}

	Optional<Article> articleDeCle(String cle) {
		return this.articles.stream().filter((a) -> a.getCle().equals(cle)).findFirst();
	}

	Long getId() {
		return this.id;
	}

	Long getCafId() {
		return this.cafId;
	}

	String getTitre() {
		return this.titre;
	}

	String getTerritoire() {
		return this.territoire;
	}

	Periode getPeriode() {
		return new Periode(this.dateDebut, this.dateFin);
	}

	String getLieuSignature() {
		return this.lieuSignature;
	}

	PresidenceCopil getPresidenceCopil() {
		return this.presidenceCopil;
	}

	boolean isCtgDansMaPoche() {
		return this.ctgDansMaPoche;
	}

	StatutConvention getStatut() {
		return this.statut;
	}

	String getEditionModele() {
		return this.editionModele;
	}

	LocalDate getDateSignaturePrevue() {
		return this.dateSignaturePrevue;
	}

	LocalDate getDateResiliation() {
		return this.dateResiliation;
	}

	MotifResiliation getMotifResiliation() {
		return this.motifResiliation;
	}

	Long getPredecesseurId() {
		return this.predecesseurId;
	}

	Instant getModifieLe() {
		return this.modifieLe;
	}

	long getVersion() {
		return this.version;
	}

	List<Signataire> getSignataires() {
		return this.signataires;
	}

	List<Article> getArticles() {
		return this.articles;
	}

	List<Annexe> getAnnexes() {
		return this.annexes;
	}

}
