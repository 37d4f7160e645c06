package fr.atelierctg.annexe.pilotage;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface DelegationRepository extends JpaRepository<Delegation, Long> {

	/** Every delegation of the convention with its members, in one query. */
	@EntityGraph(attributePaths = "membres")
	List<Delegation> findByConventionId(long conventionId);

	Optional<Delegation> findByConventionIdAndSignataireId(long conventionId, long signataireId);

}
