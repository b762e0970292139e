package dev.kubeprint.web;

import java.beans.PropertyChangeEvent;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.TypeMismatchException;
import org.springframework.stereotype.Component;

/**
 * Every page the features declared, found by the URL segments that name them. Two pages or panels with one
 * name, or a panel named like the status panel, stop the app at startup rather than hide one another.
 */
@Component
public class Pages {

	private final List<PageDeclaration<?>> navigation;

	private final Map<String, PageDeclaration<?>> byPath = new LinkedHashMap<>();

	private final Map<String, PageDeclaration<?>> byJsonPath = new LinkedHashMap<>();

	private final Map<String, Placed<?>> panels = new LinkedHashMap<>();

	public Pages(List<PageDeclaration<?>> declarations) {
		this.navigation = declarations.stream().sorted(Comparator.comparingInt(PageDeclaration::order)).toList();
		Map<String, String> analyses = new LinkedHashMap<>();
		for (PageDeclaration<?> page : navigation) {
			unique(byPath.put(page.path(), page), "pages at /" + page.path());
			unique(byJsonPath.put(page.jsonPath(), page), "JSON twins at /api/.../" + page.jsonPath());
			unique(analyses.put(page.analysis().name(), page.path()), "analyses named " + page.analysis().name());
			place(page);
		}
		unique(panels.get(PanelRenderer.STATUS), "panels named " + PanelRenderer.STATUS);
	}

	private <V> void place(PageDeclaration<V> page) {
		for (Panel<V> panel : page.panels()) {
			unique(panels.put(panel.id(), new Placed<>(page, panel)), "panels named " + panel.id());
		}
	}

	private static void unique(Object previous, String what) {
		if (previous != null) {
			throw new IllegalStateException("Two " + what);
		}
	}

	/** In the order the navigation shows them. */
	public List<PageDeclaration<?>> navigation() {
		return navigation;
	}

	public Optional<PageDeclaration<?>> page(String path) {
		return Optional.ofNullable(byPath.get(path));
	}

	public Optional<PageDeclaration<?>> json(String jsonPath) {
		return Optional.ofNullable(byJsonPath.get(jsonPath));
	}

	public Optional<Placed<?>> panel(String id) {
		return Optional.ofNullable(panels.get(id));
	}

	/** The panel of a page shown a page at a time under {@code part}. */
	public Optional<Placed<?>> pagedPanel(String path, String part) {
		return panels.values()
			.stream()
			.filter((p) -> p.page().path().equals(path) && p.panel().paged() && p.panel().part().equals(part))
			.findFirst();
	}

	/**
	 * A ?page= parameter, read only where a page is paged, so that other pages keep ignoring it as they always
	 * did; a number that is not one is the caller's mistake, answered like any bad parameter.
	 */
	static int pageNumber(String value) {
		if (value == null || value.isBlank()) {
			return 1;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new TypeMismatchException(new PropertyChangeEvent(value, "page", null, value), int.class, ex);
		}
	}

	/** A panel with the page whose view it is cut from. */
	public record Placed<V>(PageDeclaration<V> page, Panel<V> panel) {
	}

}
