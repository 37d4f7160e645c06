package fr.atelierctg.annexe.pilotage;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PilotageRepository extends JpaRepository<Pilotage, Long> {

	Optional<Pilotage> findByConventionId(long conventionId);

}
