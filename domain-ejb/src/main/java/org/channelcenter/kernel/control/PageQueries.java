package org.channelcenter.kernel.control;

import jakarta.persistence.TypedQuery;
import java.util.Locale;
import java.util.Map;
import org.channelcenter.kernel.boundary.PageRequest;

/**
 * How a list's JPQL follows a {@link PageRequest}: the ORDER BY from a whitelist, the filter condition and its
 * LIKE pattern. The request is only what the web asked for; the query text is written here, beside the boundary.
 */
public final class PageQueries {

    private PageQueries() {}

    /** The text as a case-insensitive LIKE pattern, with the LIKE wildcards in it escaped by '\'; null for none. */
    public static String likePattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.trim()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** The request's filter as a LIKE pattern (see {@link #likePattern}). */
    public static String filterPattern(PageRequest request) {
        return likePattern(request.filter());
    }

    /**
     * The JPQL ORDER BY expression: the column the boundary allows for the request's sort field, or its default
     * order when the field is missing or unknown. Text from the client never reaches the query.
     */
    public static String orderBy(PageRequest request, Map<String, String> sortableColumns, String defaultOrder) {
        String column = request.sortField() == null ? null : sortableColumns.get(request.sortField());
        return column == null ? defaultOrder : column + (request.ascending() ? " asc" : " desc");
    }

    /**
     * {@code clause} (which uses the parameter {@code :pattern}) when there is a filter, otherwise nothing:
     * Derby cannot type "? is null", so a list adds its filter condition only when there is one.
     */
    public static String filterClause(PageRequest request, String clause) {
        return request.filter() == null ? "" : clause;
    }

    /** Binds {@code :pattern} to the request's filter pattern when there is a filter. */
    public static <T> TypedQuery<T> bindFilter(PageRequest request, TypedQuery<T> query) {
        String pattern = filterPattern(request);
        return pattern == null ? query : query.setParameter("pattern", pattern);
    }
}
