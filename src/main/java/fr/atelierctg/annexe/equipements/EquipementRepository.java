package fr.atelierctg.annexe.equipements;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EquipementRepository extends JpaRepository<Equipement, Long> {

	List<Equipement> findByConventionIdOrderBySignataireIdAscOrdreAsc(long conventionId);

	List<Equipement> findByConventionIdAndSignataireIdOrderByOrdreAsc(long conventionId, long signataireId);

	@Modifying
	@Query("delete from Equipement e where e.conventionId = :conventionId and e.signataireId = :signataireId")
	void supprimerLaListe(@Param("conventionId") long conventionId, @Param("signataireId") long signataireId);

}
