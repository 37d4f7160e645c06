package fr.atelierctg.commentaire;

/**
 * A comment was written (a new thread or a reply). Published within the writing
 * transaction; listen with {@code @ApplicationModuleListener}, and never tell a
 * collectivité about an {@code interne} one.
 *
 * @param auteur the author's name as shown
 */
public record CommentairePublie(long cafId, long conventionId, long commentaireId, boolean interne, String auteur) {

}
