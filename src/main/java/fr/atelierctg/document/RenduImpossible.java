package fr.atelierctg.document;

/**
 * The PDF of a document could not be produced: a defect of the layout, never of the
 * user's data.
 */
public class RenduImpossible extends RuntimeException {

	RenduImpossible(String message, Throwable cause) {
		super(message, cause);
	}

}
