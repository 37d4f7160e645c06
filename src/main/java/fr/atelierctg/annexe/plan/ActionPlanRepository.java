package fr.atelierctg.annexe.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

	List<ActionPlan> findByConventionIdOrderByAxeIdAscOrdreAsc(long conventionId);

	List<ActionPlan> findByAxeIdOrderByOrdreAsc(long axeId);

	long countByAxeId(long axeId);

}
