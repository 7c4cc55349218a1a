package org.channelcenter.dashboard.boundary;

import java.io.Serializable;

/**
 * One line of "Needs your attention": its name (the page labels it with message {@code attention.<name>}), how many
 * things wait, and the view where the user acts on them.
 */
public record AttentionItem(String name, long count, String page) implements Serializable {}
