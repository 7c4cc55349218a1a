package org.channelcenter.dashboard.boundary;

import java.io.Serializable;

/**
 * One tile: its name (the page labels it with message {@code tile.<name>}) and a count. {@code page} is the view the tile opens, or null
 * while that page does not exist yet (a tile never links nowhere).
 */
public record DashboardTile(String name, long count, String page) implements Serializable {
}
