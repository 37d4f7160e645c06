package fr.atelierctg.convention;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Every query is filtered by the current Caf (Hibernate tenant id, then PostgreSQL RLS).
 */
interface ConventionRepository extends JpaRepository<Convention, Long> {

	List<Convention> findAllByOrderByModifieLeDesc();

	List<Convention> findByStatutIn(List<StatutConvention> statuts);

	@Query("""
			select c from Convention c where c.id = :id and exists (
			  select s from Signataire s where s.convention = c and s.siren in :sirens)""")
	Optional<Convention> findSigneeParUneDe(@Param("id") long id, @Param("sirens") Collection<String> sirens);

	@Query("""
			select c from Convention c where exists (
			  select s from Signataire s where s.convention = c and s.siren in :sirens)
			order by c.modifieLe desc""")
	List<Convention> findToutesSigneesParUneDe(@Param("sirens") Collection<String> sirens);

	@Query("""
			select s from Signataire s where s.type = fr.atelierctg.convention.TypeSignataire.CAF
			order by s.convention.creeLe desc limit 1""")
	Optional<Signataire> findDernierSignataireCaf();

}
