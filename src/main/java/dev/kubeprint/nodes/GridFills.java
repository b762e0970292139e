package dev.kubeprint.nodes;

import dev.kubeprint.web.PanelRenderer;

/**
 * The pod fills of a group's healthy tiles as one SVG path: each fill a vertical stroke from the tile's bottom,
 * written relative to the previous one ("m12 3v-5"), about 8 bytes a tile where a rectangle of its own took 90.
 */
final class GridFills {

	private final int tile;

	private final StringBuilder path = new StringBuilder();

	/** Where the pen is: the top of the last stroke drawn. */
	private int penX;

	private int penY;

	GridFills(int tile) {
		this.tile = tile;
	}

	/** A tile at (x, y) filled {@code fill} units of 8 high; an empty one draws nothing. */
	void add(int x, int y, int fill) {
		if (fill <= 0) {
			return;
		}
		// The fill stands 1 unit inside the 10-unit tile: its stroke runs up the tile's middle from y + 9.
		int bottomX = x + 5;
		int bottomY = y + 9;
		if (path.isEmpty()) {
			path.append('M').append(bottomX).append(' ').append(bottomY);
		}
		else {
			path.append('m').append(bottomX - penX).append(' ').append(bottomY - penY);
		}
		path.append("v-").append(fill);
		penX = bottomX;
		penY = bottomY - fill;
	}

	@Override
	public String toString() {
		return path.toString();
	}

	/** A short digest of a group's content, its etag; equal text, equal tag, as every panel's. */
	static String digest(String content) {
		return PanelRenderer.digest(content);
	}

}
