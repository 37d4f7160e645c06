package fr.atelierctg.convention;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import fr.atelierctg.common.francais.DatesFr;

/**
 * The end date follows the start date and is at most 31 December of the start year + 4.
 */
@Documented
@Constraint(validatedBy = PeriodeValide.Validateur.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface PeriodeValide {

	String message() default "Période invalide.";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validateur implements ConstraintValidator<PeriodeValide, ConventionCommande> {

		@Override
		public boolean isValid(ConventionCommande commande, ConstraintValidatorContext contexte) {
			if (commande.dateDebut() == null || commande.dateFin() == null) {
				return true;
			}
			Periode periode = commande.periode();
			String message = null;
			if (periode.finAvantDebut()) {
				message = "La date de fin doit suivre la date de début.";
			}
			else if (periode.finAuDelaDuMaximum()) {
				message = "Une convention dure au plus jusqu'au 31 décembre de l'année de début + 4 : ici le "
						+ DatesFr.longue(Periode.finMaximale(periode.debut())) + ".";
			}
			if (message == null) {
				return true;
			}
			contexte.disableDefaultConstraintViolation();
			contexte.buildConstraintViolationWithTemplate(message.replace("{", "\\{"))
				.addPropertyNode("dateFin")
				.addConstraintViolation();
			return false;
		}

	}

}
