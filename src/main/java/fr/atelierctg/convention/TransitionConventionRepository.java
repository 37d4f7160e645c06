package fr.atelierctg.convention;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TransitionConventionRepository extends JpaRepository<TransitionConvention, Long> {

	List<TransitionConvention> findByConventionIdOrderByLeAscIdAsc(long conventionId);

}
