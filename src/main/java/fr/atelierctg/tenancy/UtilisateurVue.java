package fr.atelierctg.tenancy;

import java.util.Set;

public record UtilisateurVue(long id, String identifiant, String prenom, String nom, String email, Role role,
		boolean actif, Set<String> sirenCollectivites) {
}
