package fr.atelierctg.notification;

import java.time.LocalDate;
import java.time.ZoneId;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.atelierctg.tenancy.CafVue;
import fr.atelierctg.tenancy.TenancyApi;
import fr.atelierctg.tenancy.TenantContext;

/**
 * Every morning, for every Caf: the reminders that fell due. One instance runs it
 * (ShedLock); a reminder goes out once anyway ({@code rappel_envoye}).
 */
@Component
class TacheDesRappels {

	private static final Log logger = LogFactory.getLog(TacheDesRappels.class);

	private final TenancyApi tenancy;

	private final Rappels rappels;

	TacheDesRappels(TenancyApi tenancy, Rappels rappels) {
		this.tenancy = tenancy;
		this.rappels = rappels;
	}

	@Scheduled(cron = "${atelier.rappels.cron:0 30 7 * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "rappels", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void envoyer() {
		LocalDate aujourdhui = LocalDate.now(ZoneId.of("Europe/Paris"));
		for (CafVue caf : this.tenancy.toutesLesCafs()) {
			try {
				int envoyes = TenantContext.pour(caf.id(), () -> this.rappels.envoyer(aujourdhui));
				if (envoyes > 0) {
					logger.info(caf.nom() + " : " + envoyes + " rappel(s) envoyé(s)");
				}
			}
			catch (RuntimeException ex) {
				logger.error("Rappels de la " + caf.nom() + " interrompus", ex);
			}
		}
	}

}
