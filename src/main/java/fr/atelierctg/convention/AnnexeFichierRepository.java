package fr.atelierctg.convention;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnnexeFichierRepository extends JpaRepository<AnnexeFichier, Long> {

}
