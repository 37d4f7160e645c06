package fr.atelierctg.convention;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading conventions, for the other modules and the pages. Every read goes through the
 * tenant filter and the role rules: an id the user may not see is
 * {@link ConventionIntrouvable}.
 */
@Service
@Transactional(readOnly = true)
public class ConventionApi {

	private final AccesConventions acces;

	ConventionApi(AccesConventions acces) {
		this.acces = acces;
	}

	public ConventionLue lire(long id) {
		return lue(this.acces.charger(id));
	}

	public List<ConventionResume> lister() {
		return this.acces.lister().stream().map(ConventionApi::resume).toList();
	}

	private static ConventionResume resume(Convention c) {
		// lists, dashboard and coverage follow the period in force: prolonged by a signed
		// avenant
		return new ConventionResume(c.getId(), c.getTitre(), c.getTerritoire(),
				new Periode(c.getPeriode().debut(), c.getFinEffective()), c.getStatut(), c.getSignataires().size(),
				c.getModifieLe());
	}

	private static List<AnnexeLu> annexes(Convention convention) {
		List<AnnexeLu> annexes = new ArrayList<>();
		for (Annexe annexe : convention.getAnnexes()) {
			annexes.add(new AnnexeLu(annexe.getId(), annexes.size() + 1, annexe.getCle(), annexe.getTitre(),
					annexe.getContenu(), annexe.getFichier(), annexe.getVersion()));
		}
		return List.copyOf(annexes);
	}

	static ConventionLue lue(Convention convention) {
		List<ArticleLu> articles = new ArrayList<>();
		int numero = 0;
		for (Article article : convention.getArticles()) {
			boolean numerote = article.getNature() == NatureArticle.ARTICLE;
			articles.add(new ArticleLu(article.getId(), article.getNature(), numerote ? ++numero : 0, article.getCle(),
					article.getTitre(), article.getContenu(), article.getSignataireId(), article.getVersion()));
		}
		return new ConventionLue(convention.getId(), convention.getCafId(), convention.getTitre(),
				convention.getTerritoire(), convention.getPeriode(), convention.getLieuSignature(),
				convention.getPresidenceCopil(), convention.isCtgDansMaPoche(), convention.getStatut(),
				convention.getEditionModele(), convention.getModifieLe(), convention.getVersion(),
				convention.getSignataires().stream().map(Signataire::lu).toList(), List.copyOf(articles),
				annexes(convention),
				new ConventionLue.Cycle(convention.getDateSignaturePrevue(), convention.getDateResiliation(),
						convention.getMotifResiliation(), convention.getPredecesseurId()),
				convention.getSignatures().stream().map(Signature::lue).toList());
	}

	/**
	 * Every convention the user may see, with who signs it (identities only: no
	 * representative, article or annex), for the Caf's dashboard and its searches. The
	 * signatories are loaded in batches, not one query per convention.
	 */
	public List<ConventionAvecSignataires> listerAvecSignataires() {
		return this.acces.lister()
			.stream()
			.map((c) -> new ConventionAvecSignataires(resume(c),
					c.getSignataires().stream().map((s) -> s.lu().identite()).toList()))
			.toList();
	}

}
