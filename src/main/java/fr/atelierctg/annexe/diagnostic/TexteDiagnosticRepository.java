package fr.atelierctg.annexe.diagnostic;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TexteDiagnosticRepository extends JpaRepository<TexteDiagnostic, Long> {

	/** The whole diagnostic of a convention and its figures, in one query. */
	@Query("select distinct t from TexteDiagnostic t left join fetch t.chiffres where t.conventionId = :conventionId")
	List<TexteDiagnostic> duDiagnostic(@Param("conventionId") long conventionId);

	@Query("select t from TexteDiagnostic t where t.conventionId = :conventionId and t.section = :section"
			+ " and t.signataireId is null")
	Optional<TexteDiagnostic> texteDeLaCaf(@Param("conventionId") long conventionId,
			@Param("section") SectionDiagnostic section);

	Optional<TexteDiagnostic> findByConventionIdAndSectionAndSignataireId(long conventionId, SectionDiagnostic section,
			long signataireId);

}
