package fr.atelierctg.avenant;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AvenantRepository extends JpaRepository<Avenant, Long> {

	List<Avenant> findByConventionIdOrderByNumero(long conventionId);

	Optional<Avenant> findByConventionIdAndNumero(long conventionId, int numero);

}
