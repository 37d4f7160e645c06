package fr.atelierctg.modele;

import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface VarianteRepository extends JpaRepository<Variante, Long> {

	/**
	 * The current Caf's variant (row-level security and the tenant filter keep it so).
	 */
	@EntityGraph(attributePaths = "articles")
	Optional<Variante> findFirstBy();

}
