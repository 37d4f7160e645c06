package fr.atelierctg.commentaire;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Threads of a convention. Every query takes {@code internes}: false for a collectivité
 * user, so that internal threads are left out here as well as by the database's policy.
 */
interface FilRepository extends JpaRepository<Fil, Long> {

	/** The threads and their comments, in one query. */
	@EntityGraph(attributePaths = "commentaires")
	@Query("select f from Fil f where f.conventionId = :convention and (:internes = true or f.interne = false) "
			+ "order by f.id")
	List<Fil> fils(@Param("convention") long conventionId, @Param("internes") boolean internes);

	@EntityGraph(attributePaths = "commentaires")
	@Query("select f from Fil f where f.id = :id and f.conventionId = :convention "
			+ "and (:internes = true or f.interne = false)")
	Optional<Fil> fil(@Param("convention") long conventionId, @Param("id") long filId,
			@Param("internes") boolean internes);

	/** Open threads per article or annex (its sections together). */
	@Query("select new fr.atelierctg.commentaire.OuvertsSurUneCible(f.articleId, f.annexeId, count(f)) "
			+ "from Fil f where f.conventionId = :convention and f.resolu = false "
			+ "and (:internes = true or f.interne = false) group by f.articleId, f.annexeId")
	List<OuvertsSurUneCible> ouvertsParCible(@Param("convention") long conventionId,
			@Param("internes") boolean internes);

}
