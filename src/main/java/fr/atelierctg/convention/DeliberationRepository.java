package fr.atelierctg.convention;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeliberationRepository extends JpaRepository<Deliberation, Long> {

	Optional<Deliberation> findByConventionIdAndSignataireId(long conventionId, long signataireId);

	List<Deliberation> findByConventionId(long conventionId);

	/** Without the bytes. */
	@org.springframework.data.jpa.repository.Query("""
			select new fr.atelierctg.convention.DeliberationLue(d.signataireId, d.nomFichier, d.taille, d.pages,
			  d.sha256, d.deposeLe) from Deliberation d where d.conventionId = :conventionId""")
	List<DeliberationLue> resumes(@org.springframework.data.repository.query.Param("conventionId") long conventionId);

}
