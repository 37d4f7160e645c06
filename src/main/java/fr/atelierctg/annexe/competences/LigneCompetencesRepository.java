package fr.atelierctg.annexe.competences;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LigneCompetencesRepository extends JpaRepository<LigneCompetences, Long> {

	List<LigneCompetences> findByConventionId(long conventionId);

	Optional<LigneCompetences> findByIdAndConventionId(long id, long conventionId);

}
