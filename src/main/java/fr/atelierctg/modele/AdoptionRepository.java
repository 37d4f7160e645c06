package fr.atelierctg.modele;

import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdoptionRepository extends JpaRepository<Adoption, Long> {

	@EntityGraph(attributePaths = "choix")
	List<Adoption> findByVarianteIdOrderByAdopteeLeDescIdDesc(long varianteId);

}
