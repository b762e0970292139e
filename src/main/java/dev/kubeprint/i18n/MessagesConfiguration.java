package dev.kubeprint.i18n;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The app reads its texts exactly as analyzer tests do, from one list of bundles. */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource() {
		return Texts.messageSource();
	}

}
