package fr.atelierctg.modele;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.atelierctg.tenancy.TenancyApi;

/**
 * The models conventions start from: the national editions shipped in the jar
 * ({@code modele/cnaf-*.xml}, the latest by date is "the" national model) and each Caf's
 * own variant of one of them.
 */
@Service
public class ModeleApi {

	/** Separates the edition code from the variant in what a convention records. */
	static final String SEPARATEUR_VARIANTE = " + variante ";

	private final EditionsNationales editions;

	private final VarianteRepository variantes;

	private final TenancyApi tenancy;

	ModeleApi(EditionsNationales editions, VarianteRepository variantes, TenancyApi tenancy) {
		this.editions = editions;
		this.variantes = variantes;
		this.tenancy = tenancy;
	}

	/** The latest national edition. */
	public ModeleConvention modeleNational() {
		return this.editions.derniere().modele();
	}

	/** The national editions shipped, oldest first. */
	public List<ModeleConvention> editionsNationales() {
		return this.editions.toutes().stream().map(EditionsNationales.Edition::modele).toList();
	}

	/**
	 * The national edition a convention started from, from what it records ("CNAF-2026"
	 * or "CNAF-2026 + variante Caf 47 v3"): its visas and clauses are that edition's. The
	 * latest edition if the code is unknown.
	 */
	public ModeleConvention editionDeLaConvention(String origine) {
		String code = (origine == null) ? "" : origine.split(java.util.regex.Pattern.quote(SEPARATEUR_VARIANTE))[0];
		return this.editions.edition(code.strip())
			.map(EditionsNationales.Edition::modele)
			.orElseGet(this::modeleNational);
	}

	/**
	 * What a new convention of this Caf starts from: its variant when it has one (its
	 * base edition with the Caf's wordings), else the latest national edition.
	 */
	@Transactional(readOnly = true)
	public ModeleDeDepart modelePourLaCaf(long cafId) {
		return this.variantes.findFirstBy().filter((v) -> v.getCafId() == cafId).map((variante) -> {
			ModeleConvention base = this.editions.edition(variante.getEditionBase()).orElseThrow().modele();
			Map<String, String> redactions = variante.getArticles()
				.stream()
				.filter((a) -> base.aAdapter().contains(a.getCle()))
				.collect(Collectors.toMap(ArticleVariante::getCle, ArticleVariante::getContenu));
			return new ModeleDeDepart(base.avecRedactions(redactions), origine(variante));
		}).orElseGet(() -> new ModeleDeDepart(modeleNational(), modeleNational().edition()));
	}

	String origine(Variante variante) {
		return variante.getEditionBase() + SEPARATEUR_VARIANTE + "Caf "
				+ this.tenancy.caf(variante.getCafId()).codeDepartement() + " v" + variante.getVersion();
	}

	Optional<EditionsNationales.Edition> edition(String code) {
		return this.editions.edition(code);
	}

	/**
	 * @param origine what the convention records: "CNAF-2026" or "CNAF-2026 + variante
	 * Caf 47 v3"
	 */
	public record ModeleDeDepart(ModeleConvention modele, String origine) {
	}

}
