package dev.kubeprint.web.access;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import dev.kubeprint.config.AccessProperties.Oidc;

/**
 * The one OpenID Connect client, discovered from the issuer on first sign-in rather than at startup, so that an
 * issuer that is briefly down does not keep Kubeprint from starting; a failed discovery is retried on the next
 * sign-in. Authorization code with PKCE, also for confidential clients. Kubeprint only learns who the user is
 * from it: the user's tokens are never sent to any API server.
 */
final class IssuerRegistration implements ClientRegistrationRepository {

	static final String ID = "kubeprint";

	private final Oidc oidc;

	private volatile ClientRegistration registration;

	IssuerRegistration(Oidc oidc) {
		if (blank(oidc.issuerUri()) || blank(oidc.clientId())) {
			throw new IllegalStateException("kubeprint.access.mode=oidc needs kubeprint.access.oidc.issuer-uri and "
					+ "kubeprint.access.oidc.client-id (and client-secret for a confidential client)");
		}
		this.oidc = oidc;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (!ID.equals(registrationId)) {
			return null;
		}
		ClientRegistration known = registration;
		if (known == null) {
			synchronized (this) {
				if (registration == null) {
					registration = discover();
				}
				known = registration;
			}
		}
		return known;
	}

	private ClientRegistration discover() {
		boolean confidential = !blank(oidc.clientSecret());
		return ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
			.registrationId(ID)
			.clientId(oidc.clientId())
			.clientSecret(confidential ? oidc.clientSecret() : null)
			.clientAuthenticationMethod(confidential ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC
					: ClientAuthenticationMethod.NONE)
			.scope(oidc.scopes())
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
			.build();
	}

}
