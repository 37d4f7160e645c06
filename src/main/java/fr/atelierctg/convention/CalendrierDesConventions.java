package fr.atelierctg.convention;

import java.time.LocalDate;
import java.time.ZoneId;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.TenancyApi;
import fr.atelierctg.tenancy.TenantContext;

/**
 * Every night, for every Caf: signed conventions whose period started come into force,
 * those whose period ended expire. Idempotent: a convention moves once (its status and
 * version guard a second, concurrent run); ShedLock runs it on one instance only.
 */
@Configuration
@EnableScheduling
class CalendrierDesConventions {

	private static final Log logger = LogFactory.getLog(CalendrierDesConventions.class);

	private final TenancyApi tenancy;

	private final CycleDeVie cycle;

	CalendrierDesConventions(TenancyApi tenancy, CycleDeVie cycle) {
		this.tenancy = tenancy;
		this.cycle = cycle;
	}

	@Scheduled(cron = "${atelier.calendrier.cron:0 5 2 * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "calendrier-des-conventions", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	public void suivre() {
		LocalDate aujourdhui = LocalDate.now(ZoneId.of("Europe/Paris"));
		for (CafVue caf : this.tenancy.toutesLesCafs()) {
			int deplacees = TenantContext.pour(caf.id(), () -> this.cycle.suivreLeCalendrier(aujourdhui));
			if (deplacees > 0) {
				logger.info(caf.nom() + " : " + deplacees + " convention(s) entrée(s) en vigueur ou échue(s)");
			}
		}
	}

}
