package org.channelcenter.kernel.boundary;

import java.io.Serializable;

/**
 * One page of a list, as a table asks for it: rows {@code first .. first+size}, an optional sort field
 * (a name the boundary whitelists, never a column name passed through) and a free-text filter. What the
 * query makes of it is {@code kernel.control.PageQueries}'s.
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, String filter)
        implements Serializable {

    /** Largest page any list serves; a client asking for more gets this many. */
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative");
        }
        size = Math.max(1, Math.min(size, MAX_SIZE));
        filter = filter == null || filter.isBlank() ? null : filter.trim();
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true, null);
    }
}
