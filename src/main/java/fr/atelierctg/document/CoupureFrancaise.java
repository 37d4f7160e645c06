package fr.atelierctg.document;

import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.layout.breaker.BreakPoint;
import org.xhtmlrenderer.layout.breaker.BreakPointsProvider;
import org.xhtmlrenderer.layout.breaker.DefaultLineBreakingStrategy;
import org.xhtmlrenderer.layout.breaker.LineBreakingStrategy;

/**
 * Line breaking for French: the JDK's line {@code BreakIterator}, which Flying Saucer
 * uses, allows a break right after an apostrophe ("l’ | obligation"); French never does.
 * Other break points are left as they are (the narrow no-break space U+202F already glues
 * « », € and thousands).
 */
final class CoupureFrancaise implements LineBreakingStrategy {

	private final LineBreakingStrategy defaut = new DefaultLineBreakingStrategy();

	@Override
	public BreakPointsProvider getBreakPointsProvider(String texte, String langue, CalculatedStyle style) {
		BreakPointsProvider points = this.defaut.getBreakPointsProvider(texte, langue, style);
		return () -> {
			BreakPoint point = points.next();
			while (apresUneApostrophe(texte, point.getPosition())) {
				point = points.next();
			}
			return point;
		};
	}

	private static boolean apresUneApostrophe(String texte, int position) {
		if (position <= 0 || position >= texte.length()) {
			return false;
		}
		char avant = texte.charAt(position - 1);
		return (avant == '\u2019' || avant == '\'') && Character.isLetter(texte.charAt(position));
	}

}
