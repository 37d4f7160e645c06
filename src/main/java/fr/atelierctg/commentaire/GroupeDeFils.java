package fr.atelierctg.commentaire;

import java.util.List;

/** The threads on one target, oldest first. */
public record GroupeDeFils(CibleLue cible, List<FilLu> fils) {

}
