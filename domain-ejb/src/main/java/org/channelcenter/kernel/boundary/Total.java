package org.channelcenter.kernel.boundary;

import java.io.Serializable;

/**
 * How many rows a list has, as far as it is worth knowing: exact, or "more than {@code value}" when counting
 * was stopped at a bound ({@link #BOUND}). A paginator never counts a million rows: an exact figure comes from a
 * kept counter (e.g. a partner's unfiltered customers) or from a count that stopped below the bound.
 */
public record Total(long value, boolean exact) implements Serializable {

    /** Counting a filtered list stops after this many rows; the table then says "more than 1,000". */
    public static final int BOUND = 1000;

    public static Total exactly(long value) {
        return new Total(value, true);
    }

    public static Total moreThan(long value) {
        return new Total(value, false);
    }
}
