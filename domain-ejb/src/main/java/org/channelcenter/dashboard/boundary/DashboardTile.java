package org.channelcenter.dashboard.boundary;

import java.io.Serializable;

/**
 * One tile: a message key for its label and a count. {@code page} is the view the tile opens, or null
 * while that page does not exist yet (a tile never links nowhere).
 */
public record DashboardTile(String key, long count, String page) implements Serializable {
}
