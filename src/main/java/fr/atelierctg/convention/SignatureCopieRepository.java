package fr.atelierctg.convention;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignatureCopieRepository extends JpaRepository<SignatureCopie, Long> {

}
