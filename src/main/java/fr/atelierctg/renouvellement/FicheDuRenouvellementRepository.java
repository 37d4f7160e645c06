package fr.atelierctg.renouvellement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FicheDuRenouvellementRepository extends JpaRepository<FicheDuRenouvellement, Long> {

	List<FicheDuRenouvellement> findByConventionIdOrderByOrdreAsc(long conventionId);

}
