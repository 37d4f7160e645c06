package fr.atelierctg.annexe.plan;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AxeRepository extends JpaRepository<Axe, Long> {

	List<Axe> findByConventionIdOrderByOrdreAsc(long conventionId);

}
