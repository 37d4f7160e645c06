package fr.atelierctg.annexe.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrdonneTest {

	static final class Element implements Ordonne {

		final String nom;

		int ordre;

		Element(String nom, int ordre) {
			this.nom = nom;
			this.ordre = ordre;
		}

		@Override
		public void placer(int ordre) {
			this.ordre = ordre;
		}

		@Override
		public String toString() {
			return this.nom + this.ordre;
		}

	}

	@Test
	void deplacerPlaceLElementEtRenumeroteSansTrouNiDoublon() {
		Element a = new Element("a", 1);
		Element b = new Element("b", 2);
		Element c = new Element("c", 5);
		assertThat(Ordonne.deplacer(List.of(a, b, c), c, 1)).extracting(Object::toString)
			.containsExactly("c1", "a2", "b3");
		assertThat(Ordonne.deplacer(List.of(c, a, b), c, 2)).extracting(Object::toString)
			.containsExactly("a1", "c2", "b3");
	}

	@Test
	void unePositionHorsBornesMetEnPremierOuEnDernier() {
		Element a = new Element("a", 1);
		Element b = new Element("b", 2);
		assertThat(Ordonne.deplacer(List.of(a, b), b, 0)).extracting(Object::toString).containsExactly("b1", "a2");
		assertThat(Ordonne.deplacer(List.of(b, a), b, Integer.MAX_VALUE)).extracting(Object::toString)
			.containsExactly("a1", "b2");
	}

	@Test
	void unElementVenuDAilleursEstInsere() {
		Element a = new Element("a", 1);
		Element nouveau = new Element("n", 9);
		assertThat(Ordonne.deplacer(List.of(a), nouveau, 1)).extracting(Object::toString).containsExactly("n1", "a2");
	}

}
