package fr.atelierctg.version;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Versions can be added and read, never changed nor removed. */
interface VersionRepository extends Repository<VersionConvention, Long> {

	VersionConvention save(VersionConvention version);

	/** Without content nor PDF: the list stays light however many versions there are. */
	@Query("select new fr.atelierctg.version.VersionLue(v.numero, v.statut, v.origine, v.libelle, v.creePar, "
			+ "v.creeLe, v.pdfSha256, v.pdfTaille) from VersionConvention v where v.conventionId = :convention "
			+ "order by v.numero")
	List<VersionLue> lister(@Param("convention") long conventionId);

	Optional<VersionConvention> findByConventionIdAndNumero(long conventionId, int numero);

	@Query("select coalesce(max(v.numero), 0) from VersionConvention v where v.conventionId = :convention")
	int dernierNumero(@Param("convention") long conventionId);

}
