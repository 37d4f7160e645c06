package fr.atelierctg.annexe.equipements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes CSV the way a French Excel opens it with a double click: UTF-8 with a byte order
 * mark (otherwise Excel reads Windows-1252 and garbles the accents), ";" between cells
 * (the list separator of French Windows), CRLF line ends, quotes only where needed.
 */
final class EcritureCsv {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setDelimiter(';')
		.setRecordSeparator("\r\n")
		.get();

	private EcritureCsv() {
	}

	static byte[] ecrire(List<String> entetes, List<LigneEquipement> lignes,
			Function<LigneEquipement, List<String>> cellules) {
		ByteArrayOutputStream octets = new ByteArrayOutputStream(256 + 160 * lignes.size());
		try (Writer sortie = new OutputStreamWriter(octets, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(sortie, FORMAT)) {
			sortie.write('\uFEFF');
			csv.printRecord(entetes);
			for (LigneEquipement ligne : lignes) {
				csv.printRecord(cellules.apply(ligne).stream().map(CelluleCsv::ecrire).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return octets.toByteArray();
	}

	/** "40", "1,5": French decimal comma, no useless zeros. Empty for no capacity. */
	static String capacite(@Nullable BigDecimal capacite) {
		return (capacite == null) ? "" : capacite.stripTrailingZeros().toPlainString().replace('.', ',');
	}

}
