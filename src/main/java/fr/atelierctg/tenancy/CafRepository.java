package fr.atelierctg.tenancy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CafRepository extends JpaRepository<Caf, Long> {

	Optional<Caf> findByCodeDepartement(String codeDepartement);

	List<Caf> findAllByOrderByCodeDepartementAsc();

}
