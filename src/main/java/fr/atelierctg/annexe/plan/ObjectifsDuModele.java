package fr.atelierctg.annexe.plan;

import java.util.List;

/**
 * The seven objectives the CNAF 2026 model proposes as axes of the plan d'actions (its
 * annex 3, "autant d'axes que d'objectifs communs visés à l'article 4"), each starting
 * with the verb of the transformation sought. A plan may start from them, then reword,
 * remove or add axes.
 */
public final class ObjectifsDuModele {

	public static final List<String> AXES = List.of(
			"Répondre aux besoins d'accueil diversifiés des jeunes enfants et de leurs familles dans le cadre du service public de la petite enfance",
			"Renforcer l'accès des enfants et adolescents aux activités péri et extrascolaires pour favoriser la conciliation entre vie familiale et vie professionnelle et l'épanouissement des enfants",
			"Favoriser l'autonomie et l'accès aux droits des adolescents et des jeunes adultes",
			"Soutenir les parents, en couple, seuls ou séparés, dans l'exercice de leur parentalité, de la naissance à l'adolescence",
			"Favoriser l'accès et le maintien dans le logement notamment des allocataires les plus fragiles",
			"Renforcer la solidarité par le soutien aux politiques d'insertion, d'autonomie et de handicap, en lien avec les partenaires",
			"Sécuriser et accompagner les habitants allocataires dans une relation de confiance centrée sur l'accès aux droits et aux services");

	private ObjectifsDuModele() {
	}

}
