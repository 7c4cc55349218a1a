package org.channelcenter.kernel.control;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.channelcenter.kernel.boundary.KeyedPage;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.boundary.SortKey;
import org.channelcenter.kernel.boundary.Total;

/**
 * How a list's JPQL follows a {@link PageRequest}: the ORDER BY from a whitelist, the filter condition and its
 * LIKE pattern. The request is only what the web asked for; the query text is written here, beside the boundary.
 *
 * <p>Keyset paging ({@link PageRequest.Seek}) for a list ordered by one key column and the id: {@link
 * #seekCondition} starts the index range at the seek's key (after, at or before it), {@link #seekOrder} is the order the index is read in
 * (the reverse of the requested one for a previous or last page), {@link #bindSeek} binds the key and the page's
 * bounds, and {@link #keyedPage} turns reversed rows back and keeps the page's first and last keys. A list that
 * uses it needs an index (partner..., key, id) per sort key; Derby also needs a DESC twin (it never reads an
 * index backwards). {@link #countUpTo} counts a filtered list only up to {@link Total#BOUND}.
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

    /** The text as a case-insensitive "starts with" LIKE pattern, escaped as {@link #likePattern}; null for none. */
    public static String prefixPattern(String text) {
        String contains = likePattern(text);
        return contains == null ? null : contains.substring(1);
    }

    /**
     * The first text after every text that starts with {@code prefix} (its last character moved up by one), so
     * that "starts with" is the range {@code prefix <= key < prefixEnd}: one stretch of the key's index.
     */
    public static String prefixEnd(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    /**
     * The condition (starting with " and ") that starts the read just after or just before the seek's key, in
     * the direction the index is read; nothing without a seek or from the end. Written as {@code key >= :seekKey
     * and (key > :seekKey or id > :seekId)} so that the first part is an index start key on both databases.
     */
    public static String seekCondition(PageRequest page, String keyColumn, String idColumn) {
        if (page.seek() == null || page.seek().key() == null) {
            return "";
        }
        String op = readsAscending(page) ? ">" : "<";
        String idOp = page.seek().from() == PageRequest.From.AT ? op + "=" : op;
        return " and " + keyColumn + " " + op + "= :seekKey and (" + keyColumn + " " + op + " :seekKey or " + idColumn
                + " " + idOp + " :seekId)";
    }

    /**
     * Reads a keyset page where many rows may share a sort key (a country, a reseller, a second): first the rest
     * of the seek key's ties ({@code key = :seekKey and id > :seekId}), then, if the page is not full, the keys
     * beyond it ({@code key > :seekKey}). Each part starts its index range exactly where the page starts, so no
     * part walks the ties before the seek (the single condition of {@link #seekCondition} does, on both
     * databases). {@code query} makes the list's query with one of these conditions (starting with " and ",
     * or empty without a seek) and its ORDER BY from {@link #seekOrder}; its other parameters already bound.
     */
    public static <T> List<T> readSeek(
            PageRequest page, String keyColumn, String idColumn, Function<String, TypedQuery<T>> query) {
        PageRequest.Seek seek = page.seek();
        if (seek == null || seek.key() == null) {
            return query.apply("")
                    .setFirstResult(seek == null ? page.first() : seek.skip())
                    .setMaxResults(page.size())
                    .getResultList();
        }
        String op = readsAscending(page) ? ">" : "<";
        String idOp = seek.from() == PageRequest.From.AT ? op + "=" : op;
        List<T> ties = query.apply(" and " + keyColumn + " = :seekKey and " + idColumn + " " + idOp + " :seekId")
                .setParameter("seekKey", seek.key().value())
                .setParameter("seekId", seek.key().id())
                .setMaxResults(seek.skip() + page.size())
                .getResultList();
        List<T> rows = new ArrayList<>(ties.subList(Math.min(seek.skip(), ties.size()), ties.size()));
        if (rows.size() < page.size()) {
            rows.addAll(query.apply(" and " + keyColumn + " " + op + " :seekKey")
                    .setParameter("seekKey", seek.key().value())
                    .setFirstResult(Math.max(0, seek.skip() - ties.size()))
                    .setMaxResults(page.size() - rows.size())
                    .getResultList());
        }
        return rows;
    }

    /** The ORDER BY (key and id in the same direction, as the index holds them) in which the rows are read. */
    public static String seekOrder(PageRequest page, String keyColumn, String idColumn) {
        String direction = readsAscending(page) ? " asc" : " desc";
        return keyColumn + direction + ", " + idColumn + direction;
    }

    /** True when the index is read in ascending order: the requested order, reversed for a backwards seek. */
    public static boolean readsAscending(PageRequest page) {
        boolean backwards = page.seek() != null && page.seek().backwards();
        return page.ascending() != backwards;
    }

    /** Binds the seek's key and id, and the rows to pass over (the seek's skip, or {@code first}) and to read. */
    public static <T> TypedQuery<T> bindSeek(PageRequest page, TypedQuery<T> query) {
        PageRequest.Seek seek = page.seek();
        if (seek != null && seek.key() != null) {
            query.setParameter("seekKey", seek.key().value())
                    .setParameter("seekId", seek.key().id());
        }
        return query.setFirstResult(seek == null ? page.first() : seek.skip()).setMaxResults(page.size());
    }

    /** The rows as read (turned back when read backwards) with the keys of the page's first and last rows. */
    public static <T> KeyedPage<T> keyedPage(PageRequest page, List<T> readRows, Function<T, SortKey> key) {
        if (readRows.isEmpty()) {
            return KeyedPage.empty();
        }
        List<T> rows = new ArrayList<>(readRows);
        if (page.seek() != null && page.seek().backwards()) {
            Collections.reverse(rows);
        }
        return new KeyedPage<>(rows, key.apply(rows.get(0)), key.apply(rows.get(rows.size() - 1)));
    }

    /**
     * How many rows the query (one id per row, in index order) returns, reading at most {@link Total#BOUND} + 1:
     * exact below the bound, "more than the bound" above it, so a filter never counts a million rows.
     */
    public static Total countUpTo(TypedQuery<?> ids) {
        int read = ids.setMaxResults(Total.BOUND + 1).getResultList().size();
        return read > Total.BOUND ? Total.moreThan(Total.BOUND) : Total.exactly(read);
    }
}
