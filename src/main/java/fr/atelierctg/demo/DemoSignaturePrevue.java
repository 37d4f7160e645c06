package fr.atelierctg.demo;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.atelierctg.convention.ConventionApi;
import fr.atelierctg.convention.ConventionLue;
import fr.atelierctg.convention.CycleDeVie;

/**
 * Plans the signature of the Val de Garonne convention three weeks ahead, so that the
 * reminder about its missing deliberations goes out (demo profile: the reminders run
 * every five minutes). Only while no date is planned and the convention is not signed.
 */
@Component
@ConditionalOnProperty("atelier.demo.enabled")
class DemoSignaturePrevue {

	private final ConventionDeDemo demo;

	private final ConventionApi conventions;

	private final CycleDeVie cycle;

	DemoSignaturePrevue(ConventionDeDemo demo, ConventionApi conventions, CycleDeVie cycle) {
		this.demo = demo;
		this.conventions = conventions;
		this.cycle = cycle;
	}

	@EventListener(ApplicationReadyEvent.class)
	void prevoir() {
		this.demo.enTantQueConseiller((caf, id) -> {
			ConventionLue convention = this.conventions.lire(id);
			if (convention.cycle().dateSignaturePrevue() == null && !convention.statut().signee()) {
				this.cycle.prevoirSignature(id, LocalDate.now(ZoneId.of("Europe/Paris")).plusWeeks(3));
			}
		});
	}

}
