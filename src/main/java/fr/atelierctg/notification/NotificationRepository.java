package fr.atelierctg.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Every query names the recipient: nobody reads another user's notifications. */
interface NotificationRepository extends JpaRepository<Notification, Long> {

	List<Notification> findByDestinataireIdOrderByCreeLeDescIdDesc(long destinataireId, Limit limite);

	Optional<Notification> findByIdAndDestinataireId(long id, long destinataireId);

	long countByDestinataireIdAndLueLeIsNull(long destinataireId);

	@Modifying
	@Query("update Notification n set n.lueLe = :le where n.destinataireId = :destinataireId and n.lueLe is null")
	int marquerToutesLues(long destinataireId, Instant le);

}
