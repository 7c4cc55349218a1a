package org.channelcenter.dashboard.boundary;

import java.io.Serializable;

/**
 * One tile: its name (the page labels it with message {@code tile.<name>}) and a count. {@code outOf}, when not
 * null, is the whole the count is part of (license use: assigned of all), shown as "count / outOf". {@code page}
 * is the view the tile opens, or null while that page does not exist yet (a tile never links nowhere).
 */
public record DashboardTile(String name, long count, Long outOf, String page) implements Serializable {

    public DashboardTile(String name, long count, String page) {
        this(name, count, null, page);
    }
}
