package fr.atelierctg.tenancy;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RowLevelSecurityConfiguration {

	@Bean
	static BeanPostProcessor rowLevelSecurityDataSourcePostProcessor() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !(bean instanceof RowLevelSecurityDataSource)
						&& "dataSource".equals(beanName)) {
					return new RowLevelSecurityDataSource(dataSource);
				}
				return bean;
			}
		};
	}

}
