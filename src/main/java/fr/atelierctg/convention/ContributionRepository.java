package fr.atelierctg.convention;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ContributionRepository extends JpaRepository<ContributionEnregistree, Long> {

	List<ContributionEnregistree> findByConventionIdOrderByTransmiseLeAscIdAsc(long conventionId);

}
