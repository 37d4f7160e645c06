package fr.atelierctg.tenancy;

import org.hibernate.cfg.MultiTenancySettings;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Gives Hibernate the current Caf for every entity carrying {@code @TenantId}: reads are
 * filtered by it and new rows get it. Without a Caf, a session sees nothing
 * ({@link #AUCUNE_CAF}).
 */
@Component
class CafCouranteResolver implements CurrentTenantIdentifierResolver<Long>, HibernatePropertiesCustomizer {

	static final long AUCUNE_CAF = -1L;

	@Override
	public Long resolveCurrentTenantIdentifier() {
		return TenantContext.cafCourante().orElse(AUCUNE_CAF);
	}

	@Override
	public boolean validateExistingCurrentSessions() {
		return false;
	}

	@Override
	public void customize(java.util.Map<String, Object> hibernateProperties) {
		hibernateProperties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, this);
	}

}
