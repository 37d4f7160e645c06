/**
 * Annex 2 — équipements et services soutenus: the row types ({@link TypeEquipement},
 * {@link LigneEquipement}), the all-or-nothing CSV import ({@link ImportEquipements}),
 * the downloadable template ({@link ModeleCsv}) and the CSV / Excel exports
 * ({@link ExportEquipements}). Pure Java: no Spring bean, no database; the caller
 * resolves communes against the referential through a function.
 */
@NullMarked
@NamedInterface("equipements")
package fr.atelierctg.annexe.equipements;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
