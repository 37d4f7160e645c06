package fr.atelierctg.tenancy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UtilisateurRepository extends JpaRepository<Utilisateur, Long> {

	Optional<Utilisateur> findByIdentifiant(String identifiant);

	boolean existsByIdentifiant(String identifiant);

	List<Utilisateur> findByCafIdOrderByNomAscPrenomAsc(long cafId);

}
