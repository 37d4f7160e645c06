package fr.atelierctg.annexe.plan;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import fr.atelierctg.common.erreurs.DonneesInvalides;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.tenancy.UtilisateurConnecte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan d'actions through its service: numbering, validation, sanitizing, annex. */
@fr.atelierctg.support.IntegrationTest
class PlanActionsTest {

	@Autowired
	Plans plans;

	@Autowired
	PlanActionsApi api;

	@Autowired
	AnnexePlanActions annexe;

	Plans.Convention c;

	@BeforeEach
	void preparer() {
		this.c = this.plans.nouvelle();
	}

	private <T> T en(UtilisateurConnecte utilisateur, java.util.function.Supplier<T> travail) {
		return Comptes.en(utilisateur, travail);
	}

	private void conseiller(Runnable travail) {
		en(this.c.conseiller(), () -> {
			travail.run();
			return null;
		});
	}

	private PlanActionsLu plan() {
		return en(this.c.conseiller(), () -> this.api.lire(this.c.id()));
	}

	private long axe(String intitule) {
		return en(this.c.conseiller(), () -> this.api.ajouterAxe(this.c.id(), new AxeCommande(intitule, null)));
	}

	private long action(long axeId, String intitule) {
		return en(this.c.conseiller(),
				() -> this.api.ajouterAction(this.c.id(), Plans.fiche(axeId, intitule, this.c.epci())));
	}

	/** "1.1 A" for each action, in the order of the document. */
	private List<String> numeros() {
		return plan().toutesLesActions().stream().map((a) -> a.numero() + " " + a.intitule()).toList();
	}

	@Test
	void partDesSeptObjectifsDuModeleUneSeuleFois() {
		conseiller(() -> this.api.partirDuModele(this.c.id()));
		assertThat(plan().axes()).extracting(AxeLu::intitule).containsExactlyElementsOf(ObjectifsDuModele.AXES);
		assertThat(plan().axes()).extracting(AxeLu::numero).containsExactly(1, 2, 3, 4, 5, 6, 7);
		assertThatThrownBy(() -> conseiller(() -> this.api.partirDuModele(this.c.id())))
			.isInstanceOf(DonneesInvalides.class);
		assertThat(plan().axes()).hasSize(7);
	}

	@Test
	void lesNumerosSuiventLesDeplacementsDActionsEtDAxes() {
		long petiteEnfance = axe("Garantir l'équité d'accès et la qualité des accueils");
		long parentalite = axe("Accompagner la parentalité dans une logique de parcours");
		long schema = action(petiteEnfance, "Élaborer un schéma");
		long observatoire = action(petiteEnfance, "Mettre en place un observatoire");
		long nid = action(petiteEnfance, "Expérimenter le Nid");
		long reseau = action(parentalite, "Soutenir le réseau parentalité");
		assertThat(numeros()).containsExactly("1.1 Élaborer un schéma", "1.2 Mettre en place un observatoire",
				"1.3 Expérimenter le Nid", "2.1 Soutenir le réseau parentalité");

		conseiller(() -> this.api.deplacerAction(this.c.id(), nid, new DeplacementCommande(null, 1)));
		assertThat(numeros()).containsExactly("1.1 Expérimenter le Nid", "1.2 Élaborer un schéma",
				"1.3 Mettre en place un observatoire", "2.1 Soutenir le réseau parentalité");

		conseiller(() -> this.api.deplacerAction(this.c.id(), schema, new DeplacementCommande(parentalite, 1)));
		assertThat(numeros()).containsExactly("1.1 Expérimenter le Nid", "1.2 Mettre en place un observatoire",
				"2.1 Élaborer un schéma", "2.2 Soutenir le réseau parentalité");

		conseiller(
				() -> this.api.deplacerAction(this.c.id(), observatoire, new DeplacementCommande(parentalite, null)));
		assertThat(numeros()).containsExactly("1.1 Expérimenter le Nid", "2.1 Élaborer un schéma",
				"2.2 Soutenir le réseau parentalité", "2.3 Mettre en place un observatoire");

		conseiller(() -> this.api.deplacerAxe(this.c.id(), parentalite, 1));
		assertThat(numeros()).containsExactly("1.1 Élaborer un schéma", "1.2 Soutenir le réseau parentalité",
				"1.3 Mettre en place un observatoire", "2.1 Expérimenter le Nid");
		assertThat(plan().axes()).extracting(AxeLu::id).containsExactly(parentalite, petiteEnfance);

		conseiller(() -> this.api.retirerAction(this.c.id(), reseau));
		assertThat(numeros()).containsExactly("1.1 Élaborer un schéma", "1.2 Mettre en place un observatoire",
				"2.1 Expérimenter le Nid");
	}

	@Test
	void unAxeQuiContientDesActionsNeSeRetirePasUnAxeVideSi() {
		long premier = axe("Premier");
		long deuxieme = axe("Deuxième");
		long troisieme = axe("Troisième");
		action(deuxieme, "Une action");
		assertThatThrownBy(() -> conseiller(() -> this.api.retirerAxe(this.c.id(), deuxieme))).isInstanceOfSatisfying(
				DonneesInvalides.class, (ex) -> assertThat(ex.erreurs().get("axe")).contains("contient une action"));
		conseiller(() -> this.api.retirerAxe(this.c.id(), premier));
		assertThat(plan().axes()).extracting((a) -> a.numero() + " " + a.intitule())
			.containsExactly("1 Deuxième", "2 Troisième");
		assertThat(plan().axe(troisieme).orElseThrow().numero()).isEqualTo(2);
		assertThat(numeros()).containsExactly("1.1 Une action");
	}

	@Test
	void refuseUneActionSansIntituleOuPiloteeParUnSignataireDUneAutreConvention() {
		long axe = axe("Axe");
		Plans.Convention autre = this.plans.nouvelle();
		assertThatThrownBy(() -> action(axe, "  ")).isInstanceOfSatisfying(DonneesInvalides.class,
				(ex) -> assertThat(ex.erreurs()).containsEntry("intitule", "Indiquez l'intitulé de l'action."));
		assertThatThrownBy(() -> en(this.c.conseiller(),
				() -> this.api.ajouterAction(this.c.id(), Plans.fiche(axe, "Une action", autre.epci()))))
			.isInstanceOfSatisfying(DonneesInvalides.class, (ex) -> assertThat(ex.erreurs())
				.containsEntry("piloteSignataireId", "Le pilote doit être l'un des signataires de cette convention."));
		assertThatThrownBy(() -> en(this.c.conseiller(),
				() -> this.api.ajouterAction(this.c.id(), Plans.fiche(axe, "Une action", null))))
			.isInstanceOfSatisfying(DonneesInvalides.class,
					(ex) -> assertThat(ex.erreurs()).containsKey("piloteSignataireId"));
		long autreAxe = en(autre.conseiller(),
				() -> this.api.ajouterAxe(autre.id(), new AxeCommande("Ailleurs", null)));
		assertThatThrownBy(() -> action(autreAxe, "Dans l'axe d'une autre convention"))
			.isInstanceOfSatisfying(DonneesInvalides.class, (ex) -> assertThat(ex.erreurs()).containsKey("axeId"));
		assertThat(plan().toutesLesActions()).isEmpty();
	}

	@Test
	void lesTextesRichesSontNettoyesEtLesEcheancesRestentDuTexte() {
		long axe = axe("Axe");
		FicheActionCommande commande = new FicheActionCommande(axe, "Une action",
				"<p onclick=\"alert(1)\">Diagnostic <strong>clé</strong></p><script>alert('x')</script>",
				"<img src=x onerror=alert(1)>Familles", "", "", "2026 : étude\r\n2027 : <ouverture>", "", "", "", "",
				"", this.c.epci(), null, null);
		long id = en(this.c.conseiller(), () -> this.api.ajouterAction(this.c.id(), commande));
		Fiche fiche = en(this.c.conseiller(), () -> this.api.action(this.c.id(), id)).fiche();
		assertThat(fiche.diagnosticInitial()).isEqualTo("<p>Diagnostic <strong>clé</strong></p>");
		assertThat(fiche.publicCible()).isEqualTo("<p>Familles</p>");
		assertThat(fiche.echeances()).isEqualTo("2026 : étude\n2027 : <ouverture>");
		String html = en(this.c.conseiller(), () -> this.annexe.html(this.c.lue()));
		assertThat(html).contains("2026 : étude<br />2027 : &lt;ouverture&gt;")
			.doesNotContain("<script", "onerror", "onclick");
	}

	@Test
	void lAnnexePorteDesIndicateursDesQuUneActionEnARenseigne() {
		long axe = axe("Axe");
		assertThat(en(this.c.conseiller(), () -> this.annexe.renseignee(this.c.lue()))).isFalse();
		long id = action(axe, "Une action");
		assertThat(en(this.c.conseiller(), () -> this.annexe.renseignee(this.c.lue()))).isTrue();
		assertThat(en(this.c.conseiller(), () -> this.annexe.porteDesIndicateursDeSuivi(this.c.lue()))).isFalse();
		conseiller(() -> this.api.modifierAction(this.c.id(), id, indicateurs("<p>  </p><p><br></p><p>&nbsp;</p>")));
		assertThat(en(this.c.conseiller(), () -> this.annexe.porteDesIndicateursDeSuivi(this.c.lue()))).isFalse();
		conseiller(() -> this.api.modifierAction(this.c.id(), id,
				indicateurs("<ul><li>Nombre de places créées</li></ul>")));
		assertThat(en(this.c.conseiller(), () -> this.annexe.porteDesIndicateursDeSuivi(this.c.lue()))).isTrue();
	}

	private FicheActionCommande indicateurs(String html) {
		return new FicheActionCommande(null, "Une action", "", "", "", "", "", "", "", "", html, "", this.c.epci(),
				null, null);
	}

	@Test
	void refuseDEcraserUneFicheModifieeEntreTemps() {
		long axe = axe("Axe");
		long id = action(axe, "Version 1");
		long lue = en(this.c.conseiller(), () -> this.api.action(this.c.id(), id)).version();
		conseiller(() -> this.api.modifierAction(this.c.id(), id, Plans.fiche(null, "Version 2", this.c.epci())));
		FicheActionCommande perimee = new FicheActionCommande(null, "Version 3", "", "", "", "", "", "", "", "", "", "",
				this.c.epci(), null, lue);
		assertThatThrownBy(() -> conseiller(() -> this.api.modifierAction(this.c.id(), id, perimee)))
			.isInstanceOfSatisfying(DonneesInvalides.class,
					(ex) -> assertThat(ex.erreurs().get("version")).contains("modifiée par quelqu'un d'autre"));
		assertThat(en(this.c.conseiller(), () -> this.api.action(this.c.id(), id)).intitule()).isEqualTo("Version 2");
	}

}
