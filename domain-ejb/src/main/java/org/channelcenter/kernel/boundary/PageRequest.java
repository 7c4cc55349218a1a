package org.channelcenter.kernel.boundary;

import java.io.Serializable;

/**
 * One page of a list, as a table asks for it: rows {@code first .. first+size}, an optional sort field
 * (a name the boundary whitelists, never a column name passed through) and a free-text filter. What the
 * query makes of it is {@code kernel.control.PageQueries}'s.
 *
 * <p>A {@link Seek} (keyset paging) tells a list that supports it where to start instead of {@code first}:
 * just after or just before a row whose sort key and id the table already holds, or from the end of the order.
 * The list then reads the page from its sort index starting at that key, so a far page costs what the first
 * does. Without a seek, {@code first} is an OFFSET (small lists keep that).
 */
public record PageRequest(int first, int size, String sortField, boolean ascending, String filter, Seek seek)
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

    /** A request without a seek: {@code first} is an OFFSET from the start of the order. */
    public PageRequest(int first, int size, String sortField, boolean ascending, String filter) {
        this(first, size, sortField, ascending, filter, null);
    }

    public static PageRequest of(int first, int size) {
        return new PageRequest(first, size, null, true, null);
    }

    /** The same request, with another filter (a page whose filter is not the table's global filter). */
    public PageRequest withFilter(String otherFilter) {
        return new PageRequest(first, size, sortField, ascending, otherFilter, seek);
    }

    /** Where a keyset page starts. */
    public enum From {
        /** The rows after {@link Seek#key()}, in the requested order. */
        AFTER,
        /** The rows from {@link Seek#key()} on, itself included (the page on screen read again). */
        AT,
        /** The rows before {@link Seek#key()}, read in the reverse order and turned back. */
        BEFORE,
        /** The last rows of the order, read in the reverse order and turned back ({@link Seek#key()} is null). */
        END
    }

    /**
     * A keyset start: {@code skip} rows are passed over from {@code key} (exclusive) in the direction of
     * {@code from} before the page's rows; the table keeps {@code skip} to a few pages (nearby page links).
     */
    public record Seek(From from, SortKey key, int skip) implements Serializable {

        public Seek {
            if (from == null || (from != From.END && key == null) || skip < 0) {
                throw new IllegalArgumentException("a seek needs a direction, a key unless from the end, skip >= 0");
            }
        }

        /** True when the list reads its index in the reverse of the requested order (and turns the rows back). */
        public boolean backwards() {
            return from == From.BEFORE || from == From.END;
        }
    }
}
