package org.channelcenter.kernel.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * A page of rows in the requested order, with the sort keys of its first and last rows (null when it is empty)
 * so that the table can continue from either end ({@link PageRequest.Seek}).
 */
public record KeyedPage<T>(List<T> rows, SortKey firstKey, SortKey lastKey) implements Serializable {

    public KeyedPage {
        rows = List.copyOf(rows);
    }

    public static <T> KeyedPage<T> empty() {
        return new KeyedPage<>(List.of(), null, null);
    }
}
