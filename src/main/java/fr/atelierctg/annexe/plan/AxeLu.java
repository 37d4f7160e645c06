package fr.atelierctg.annexe.plan;

import java.util.List;

/** An axis as read, with its computed number and its actions in order. */
public record AxeLu(long id, int numero, String intitule, long version, List<ActionLu> actions) {
}
