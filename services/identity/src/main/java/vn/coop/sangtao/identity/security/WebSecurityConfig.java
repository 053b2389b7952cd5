package vn.coop.sangtao.identity.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything outside the OAuth2 endpoints: the sign-in page ({@link LoginPage}, with its CSRF token,
 * which scripts read and post back) and the open probes and metrics.
 */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfig {

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http) {
		http.authorizeHttpRequests((authorize) -> authorize
			.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/error", "/login")
			.permitAll()
			.anyRequest()
			.authenticated());
		http.formLogin((form) -> form.loginPage("/login").permitAll());
		return http.build();
	}

	/** Delegating, so stored hashes say which algorithm made them and can be upgraded later. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
