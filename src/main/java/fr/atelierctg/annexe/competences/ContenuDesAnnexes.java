package fr.atelierctg.annexe.competences;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import fr.atelierctg.annexe.AnnexeStructuree;
import fr.atelierctg.convention.ConventionLue;

/**
 * Whether the convention can stand in for a schéma pluriannuel: annexes 1 to 4 present in
 * the convention and filled, as their {@link AnnexeStructuree} beans say, and follow-up
 * indicators in one of them. An annex without a bean counts as not filled. The beans are
 * looked up when asked, as this table is one of them.
 */
@Component
class ContenuDesAnnexes {

	private final ObjectProvider<AnnexeStructuree> annexes;

	ContenuDesAnnexes(ObjectProvider<AnnexeStructuree> annexes) {
		this.annexes = annexes;
	}

	ContenuConvention de(ConventionLue convention) {
		List<AnnexeStructuree> beans = this.annexes.orderedStream().toList();
		return new ContenuConvention(renseignee(beans, convention, "diagnostic"),
				renseignee(beans, convention, "equipements"), renseignee(beans, convention, "plan-actions"),
				renseignee(beans, convention, "pilotage"),
				beans.stream().anyMatch((annexe) -> annexe.porteDesIndicateursDeSuivi(convention)));
	}

	private static boolean renseignee(List<AnnexeStructuree> beans, ConventionLue convention, String cle) {
		boolean presente = convention.annexes().stream().anyMatch((annexe) -> annexe.cle().equals(cle));
		return presente && beans.stream()
			.filter((annexe) -> annexe.cle().equals(cle))
			.anyMatch((annexe) -> annexe.renseignee(convention));
	}

}
