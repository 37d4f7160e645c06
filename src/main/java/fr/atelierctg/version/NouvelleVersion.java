package fr.atelierctg.version;

/** A version asked for: its optional name (200 characters at most). */
public record NouvelleVersion(String libelle) {
}
