package fr.atelierctg.annexe.projections;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TableauProjectionRepository extends JpaRepository<TableauProjection, Long> {

	List<TableauProjection> findByConventionIdOrderByIdAsc(long conventionId);

	Optional<TableauProjection> findByConventionIdAndCodeAoAndZone(long conventionId, String codeAo, String zone);

}
