package fr.atelierctg.avenant;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignatureAvenantCopieRepository extends JpaRepository<SignatureAvenantCopie, Long> {

}
