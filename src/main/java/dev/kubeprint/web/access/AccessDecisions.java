package dev.kubeprint.web.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import dev.kubeprint.cluster.ClusterRegistry;
import dev.kubeprint.config.AccessProperties;
import dev.kubeprint.config.AccessProperties.Mode;
import dev.kubeprint.web.ClusterAccess;
import dev.kubeprint.web.PanelRenderer;

/**
 * Who may see which cluster and page, for the request being served. A viewer token sees what it names; a user
 * sees a cluster without allowed-groups, or one that shares a group with them; without either, only mode
 * {@code none} sees anything.
 */
@Component
class AccessDecisions implements ClusterAccess {

	private final ClusterRegistry clusters;

	private final Mode mode;

	private final String groupsClaim;

	private final boolean openToAnyone;

	AccessDecisions(ClusterRegistry clusters, AccessProperties access, AnonymousAccessGuard guard) {
		this.clusters = clusters;
		this.mode = access.mode();
		this.groupsClaim = access.oidc().groupsClaim();
		this.openToAnyone = guard.openToAnyone();
	}

	@Override
	public boolean maySee(String cluster) {
		if (clusters.find(cluster).isEmpty()) {
			return false;
		}
		Optional<Viewer> viewer = current();
		if (viewer.isEmpty()) {
			return mode == Mode.NONE;
		}
		if (viewer.get().token()) {
			return viewer.get().clusters().contains("*") || viewer.get().clusters().contains(cluster);
		}
		List<String> allowed = clusters.allowedGroups(cluster);
		return allowed.isEmpty() || allowed.stream().anyMatch(viewer.get().groups()::contains);
	}

	@Override
	public boolean maySeePage(String page) {
		Optional<Viewer> viewer = current();
		if (viewer.isEmpty() || !viewer.get().token()) {
			return true;
		}
		return !viewer.get().panelsOnly() && (viewer.get().pages().isEmpty()
				|| viewer.get().pages().contains(ClusterAccess.pageName(page)));
	}

	/**
	 * One panel, alone (its fragment or its embed), of the page it is placed on. A token scoped to panels opens
	 * exactly those, and the status panel that every embed shows as its data age; any other reader, by the page.
	 */
	boolean maySeePanel(String page, String panel) {
		Optional<Viewer> viewer = current();
		if (viewer.isPresent() && viewer.get().panelsOnly()) {
			return PanelRenderer.STATUS.equals(panel) || viewer.get().panels().contains(panel);
		}
		return page == null || maySeePage(page);
	}

	/** What is no one panel's (the fleet, the wall, the cluster list) is closed to a token scoped to panels. */
	boolean mayReadBeyondPanels() {
		return current().map((viewer) -> !viewer.panelsOnly()).orElse(true);
	}

	@Override
	public boolean openToAnyone() {
		return openToAnyone;
	}

	/** The viewer of this request; empty for anonymous readers. */
	Optional<Viewer> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof ViewerAuthentication viewer) {
			return Optional.of(viewer.viewer());
		}
		if (authentication instanceof OAuth2AuthenticationToken token && token.getPrincipal() instanceof OidcUser user) {
			return Optional.of(Viewer.user(user.getSubject(), groups(user.getClaims().get(groupsClaim))));
		}
		return Optional.empty();
	}

	/** Issuers send groups as a list, some as one comma-separated string. */
	static Set<String> groups(Object claim) {
		Set<String> groups = new LinkedHashSet<>();
		if (claim instanceof Collection<?> values) {
			values.stream().filter((v) -> v != null).map((v) -> v.toString().trim()).forEach(groups::add);
		}
		else if (claim instanceof String value) {
			Arrays.stream(value.split(",")).map(String::trim).filter((g) -> !g.isEmpty()).forEach(groups::add);
		}
		return groups;
	}

}
