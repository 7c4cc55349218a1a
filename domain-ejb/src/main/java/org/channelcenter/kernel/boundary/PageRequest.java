package org.channelcenter.kernel.boundary;

import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * One page of a list, as a table asks for it: rows {@code first .. first+size}, an optional sort field
 * (a name the boundary whitelists, never a column name passed through) and a free-text filter.
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

    /** The filter as a case-insensitive LIKE pattern, with the LIKE wildcards in it escaped by '\'. */
    public String filterPattern() {
        if (filter == null) {
            return null;
        }
        String escaped = filter.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /**
     * The JPQL ORDER BY expression: the column the boundary allows for {@code sortField}, or its default
     * order when the field is missing or unknown. Text from the client never reaches the query.
     */
    public String orderBy(Map<String, String> sortableColumns, String defaultOrder) {
        String column = sortField == null ? null : sortableColumns.get(sortField);
        return column == null ? defaultOrder : column + (ascending ? " asc" : " desc");
    }

    /**
     * {@code clause} (which uses the parameter {@code :pattern}) when there is a filter, otherwise nothing:
     * Derby cannot type "? is null", so a list adds its filter condition only when there is one.
     */
    public String filterClause(String clause) {
        return filterPattern() == null ? "" : clause;
    }

    /** Binds {@code :pattern} to {@link #filterPattern()} when there is a filter. */
    public <T> TypedQuery<T> bindFilter(TypedQuery<T> query) {
        return filterPattern() == null ? query : query.setParameter("pattern", filterPattern());
    }
}
