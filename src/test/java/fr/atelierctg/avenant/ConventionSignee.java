package fr.atelierctg.avenant;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import org.springframework.stereotype.Component;

import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.CycleDeVie;
import fr.atelierctg.convention.SignataireLu;
import fr.atelierctg.convention.Signatures;
import fr.atelierctg.convention.Transition;
import fr.atelierctg.support.Comptes;
import fr.atelierctg.support.Scenario;
import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.Role;

/** A convention taken through its real transitions and signatures, for avenant tests. */
@Component
class ConventionSignee {

	static final LocalDate AUJOURDHUI = LocalDate.now(ZoneId.of("Europe/Paris"));

	private final Scenario scenario;

	private final CycleDeVie cycle;

	private final Signatures signatures;

	private final ConventionApi lecture;

	ConventionSignee(Scenario scenario, CycleDeVie cycle, Signatures signatures, ConventionApi lecture) {
		this.scenario = scenario;
		this.cycle = cycle;
		this.signatures = signatures;
		this.lecture = lecture;
	}

	/** Validated and "en signature", nobody signed yet. */
	long enSignature(CafVue caf) {
		long id = this.scenario.conventionPreteAValider(caf);
		Comptes.en(Comptes.utilisateur(caf.id(), Role.CONSEILLER),
				() -> this.cycle.effectuer(id, Transition.DEMANDER_RELECTURE, ""));
		Comptes.en(Comptes.utilisateur(caf.id(), Role.DIRECTEUR),
				() -> this.cycle.effectuer(id, Transition.VALIDER, ""));
		Comptes.en(Comptes.utilisateur(caf.id(), Role.DIRECTEUR),
				() -> this.cycle.effectuer(id, Transition.METTRE_EN_SIGNATURE, ""));
		return id;
	}

	/**
	 * Signed by every party today at Marmande: in force (its period 2025–2029 started).
	 */
	long signee(CafVue caf) {
		long id = enSignature(caf);
		Comptes.en(Comptes.utilisateur(caf.id(), Role.CONSEILLER), () -> {
			ConventionLue convention = this.lecture.lire(id);
			for (SignataireLu signataire : convention.signataires()) {
				this.signatures.enregistrer(id, signataire.id(), AUJOURDHUI, "Marmande", "signe.pdf",
						pdf("Exemplaire signé"));
			}
			return null;
		});
		return id;
	}

	static byte[] pdf(String texte) {
		ByteArrayOutputStream sortie = new ByteArrayOutputStream();
		Document document = new Document();
		PdfWriter.getInstance(document, sortie);
		document.open();
		document.add(new Paragraph(texte));
		document.close();
		return sortie.toByteArray();
	}

	/** The text of a PDF, whitespace collapsed. */
	static String texte(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
