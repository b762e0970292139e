package dev.kubeprint.web.access;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A viewer known from trusted proxy headers or a viewer token, for one request: nothing is kept in a session. */
class ViewerAuthentication extends AbstractAuthenticationToken {

	private final Viewer viewer;

	ViewerAuthentication(Viewer viewer) {
		super(List.of());
		this.viewer = viewer;
		setAuthenticated(true);
	}

	Viewer viewer() {
		return viewer;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return viewer.name();
	}

}
