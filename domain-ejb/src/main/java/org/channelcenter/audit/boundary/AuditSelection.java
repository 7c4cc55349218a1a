package org.channelcenter.audit.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.audit.entity.AuditSearchKey;
import org.channelcenter.kernel.boundary.KeyedPage;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.boundary.SortKey;
import org.channelcenter.kernel.boundary.Total;
import org.channelcenter.kernel.control.PageQueries;
import org.channelcenter.kernel.entity.InstantConverter;

/**
 * The SQL that reads the events an {@link AuditFilter} selects, shaped so that each page is read from an index
 * (migrations V19 and V20), in native SQL because the shapes that matter are not JPQL's: an organization's events
 * come from {@code audit_event_organization}, whose copy of the time and action is indexed per organization, and
 * only the page's events are then read by primary key; the staff's whole log reads {@code audit_event}'s own time
 * and action indexes.
 *
 * <p>The logs sort by time only, newest first or oldest first, with the id breaking ties. Action is a filter,
 * not a sort: sorting a million events by action only groups them, which the action filter does from its own
 * index, and a sort by user or action would need an index per order and direction for little use.
 *
 * <p>The search box matches events whose user or target starts with the text, ignoring case (the lower-case
 * search keys of V20): a "contains" search cannot use an index and read every event on each keystroke. The
 * matching keys come from one index range; only the matches are then ordered by time.
 */
record AuditSelection(AuditFilter filter, String prefix) {

    AuditSelection(AuditFilter filter) {
        this(filter, filter.text() == null ? null : escapedPrefix(filter.text()));
    }

    /** The text as a LIKE prefix of a search key, its wildcards escaped by '\'. */
    private static String escapedPrefix(String text) {
        return AuditSearchKey.of(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private boolean perOrganization() {
        return filter.organizationId() != null;
    }

    /** The columns a page shows, in {@link #entry}'s order. */
    private static final String COLUMNS =
            "e.id, e.occurred_at, e.action, e.actor_login, e.target, e.details, e.client_address";

    /** Time and id of the table whose index orders the page (a search: of its matching keys). */
    private String time() {
        return prefix != null ? "m.matched_at" : perOrganization() ? "c.occurred_at" : "e.occurred_at";
    }

    private String id() {
        return prefix != null ? "m.matched" : perOrganization() ? "c.audit_event_id" : "e.id";
    }

    /**
     * One page of a table (see {@link PageRequest.Seek}): in time order, newest first unless the request sorts
     * by {@code occurredAt} ascending; from the page's seek key (after, at or before it, read backwards for a
     * previous or the last page) or, without one, {@code first} rows in.
     */
    KeyedPage<AuditEntry> page(EntityManager em, PageRequest request) {
        boolean ascending = "occurredAt".equals(request.sortField()) && request.ascending();
        PageRequest.Seek seek = request.seek();
        boolean backwards = seek != null && seek.backwards();
        boolean readsAscending = ascending != backwards;
        Keyset start = seek == null || seek.key() == null
                ? null
                : new Keyset((Instant) seek.key().value(), seek.key().id(), seek.from() == PageRequest.From.AT);
        List<AuditEntry> rows =
                page(em, readsAscending, seek == null ? request.first() : seek.skip(), request.size(), start);
        return PageQueries.keyedPage(request, rows, entry -> new SortKey(entry.occurredAt(), entry.id()));
    }

    /** How many events match, exactly up to {@link Total#BOUND}, else "more than" it. */
    Total total(EntityManager em) {
        long counted = count(em, Total.BOUND + 1L);
        return counted > Total.BOUND ? Total.moreThan(Total.BOUND) : Total.exactly(counted);
    }

    /**
     * One page in time order, newest first unless {@code ascending}; {@code after} (time and id of a row in that
     * order, or null) starts the read just after it (or at it, when inclusive) instead of skipping {@code skip}
     * rows.
     */
    List<AuditEntry> page(EntityManager em, boolean ascending, int skip, int size, Keyset after) {
        List<Object> parameters = new ArrayList<>();
        String source = source(parameters);
        List<String> conditions = conditions(parameters);
        String direction = ascending ? " asc" : " desc";
        if (after != null) {
            // the first comparison alone is what the index range starts from; the second skips the ties before
            String comparison = ascending ? " > " : " < ";
            parameters.add(InstantConverter.toColumn(after.occurredAt()));
            int time = parameters.size();
            parameters.add(InstantConverter.toColumn(after.occurredAt()));
            int sameTime = parameters.size();
            parameters.add(after.id());
            int id = parameters.size();
            String idComparison = after.inclusive() ? comparison.strip() + "= " : comparison;
            conditions.add(time() + (ascending ? " >= ?" : " <= ?") + time + " and (" + time() + comparison + "?"
                    + sameTime + " or " + id() + idComparison + "?" + id + ")");
        }
        String order = " order by " + time() + direction + ", " + id() + direction
                + (skip > 0 ? " offset " + skip + " rows" : "") + " fetch first " + size + " rows only";
        if (prefix != null) {
            // the matches are ordered by the keys' own time and id; only the page's events are then read
            List<Long> ids = new ArrayList<>();
            for (Object id : bind(
                            em.createNativeQuery("select " + id() + " from " + source + where(conditions) + order),
                            parameters)
                    .getResultList()) {
                ids.add(((Number) id).longValue());
            }
            return events(em, ids);
        }
        List<AuditEntry> entries = new ArrayList<>();
        for (Object row : bind(
                        em.createNativeQuery("select " + COLUMNS + " from " + source + where(conditions) + order),
                        parameters)
                .getResultList()) {
            entries.add(entry((Object[]) row));
        }
        return entries;
    }

    /** The events of the ids, in the ids' order: a page's primary-key reads. */
    private static List<AuditEntry> events(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<String> marks = new ArrayList<>();
        for (int i = 1; i <= ids.size(); i++) {
            marks.add("?" + i);
        }
        Map<Long, AuditEntry> byId = new HashMap<>();
        for (Object row : bind(
                        em.createNativeQuery("select " + COLUMNS + " from audit_event e where e.id in ("
                                + String.join(", ", marks) + ")"),
                        new ArrayList<>(ids))
                .getResultList()) {
            AuditEntry entry = entry((Object[]) row);
            byId.put(entry.id(), entry);
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** How many events match, counting no further than {@code bound} (so a page turn never counts them all). */
    long count(EntityManager em, long bound) {
        List<Object> parameters = new ArrayList<>();
        // without a search, the index of the organization's concerns (or of the events) alone
        String table = prefix != null
                ? source(parameters)
                : perOrganization() ? "audit_event_organization c" : "audit_event e";
        List<String> conditions = conditions(parameters);
        // ordered as the index of the order holds them, so that PostgreSQL reads that index up to the bound
        // rather than the table from its start (45,646 rows for a time range at the end of 100,000)
        String sql = "select count(*) from (select " + id() + " as counted from " + table + where(conditions)
                + " order by " + time() + ", " + id() + " fetch first " + bound + " rows only) matches";
        Object count = bind(em.createNativeQuery(sql), parameters).getSingleResult();
        return ((Number) count).longValue();
    }

    /**
     * The tables a page reads. A search starts from its matching keys (one index range of the keys, which hold the
     * event's time: each event once however many of its keys match), ordered by that time; for an organization
     * each match's concern is probed by primary key (see {@link #conditions}), for an action filter of
     * the whole log its event, by nested loops, which Derby is told in its optimizer comments. Joined instead of
     * probed, the organization's concerns were hashed whole: Derby 0.8 s, PostgreSQL 100,011 rows read at 100,000.
     * Otherwise the index of the order is read.
     */
    private String source(List<Object> parameters) {
        if (prefix != null) {
            parameters.add(prefix);
            String matches = " --DERBY-PROPERTIES joinOrder=FIXED\n (select distinct s.audit_event_id as matched,"
                    + " s.occurred_at as matched_at from audit_search_key s where s.search_key like ?"
                    + parameters.size()
                    + " escape '\\') m";
            return perOrganization() || filter.action() == null
                    ? matches
                    : matches + ", audit_event e --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n";
        }
        // the organization's concerns first, in the order of their index, and each event by its primary key: left
        // to itself, Derby (with the whole suite's data) once read all events and sorted 100,001 concerns instead
        return perOrganization()
                ? " --DERBY-PROPERTIES joinOrder=FIXED\n audit_event_organization c join audit_event e"
                        + " --DERBY-PROPERTIES joinStrategy=NESTEDLOOP\n on e.id = c.audit_event_id"
                : "audit_event e";
    }

    private List<String> conditions(List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (prefix != null && perOrganization()) {
            // the match's concern for this organization, by its primary key (audit_event_id, organization_id), as a
            // scalar subquery per match: an EXISTS is turned into a semi-join by PostgreSQL, which with a bound
            // search text hashed all the organization's concerns (100,011 rows read for 2,000 matches)
            parameters.add(filter.organizationId());
            String concern = "(select count(*) from audit_event_organization c"
                    + " where c.audit_event_id = m.matched and c.organization_id = ?" + parameters.size();
            if (filter.action() != null) {
                parameters.add(filter.action().name());
                concern += " and c.action = ?" + parameters.size();
            }
            conditions.add(concern + ") > 0");
        } else {
            if (prefix != null && filter.action() != null) {
                conditions.add("e.id = m.matched");
            }
            String table = perOrganization() ? "c" : "e";
            if (perOrganization()) {
                parameters.add(filter.organizationId());
                conditions.add("c.organization_id = ?" + parameters.size());
            }
            if (filter.action() != null) {
                parameters.add(filter.action().name());
                conditions.add(table + ".action = ?" + parameters.size());
            }
        }
        if (filter.from() != null) {
            parameters.add(InstantConverter.toColumn(filter.from()));
            conditions.add(time() + " >= ?" + parameters.size());
        }
        if (filter.until() != null) {
            parameters.add(InstantConverter.toColumn(filter.until()));
            conditions.add(time() + " < ?" + parameters.size());
        }
        return conditions;
    }

    private static String where(List<String> conditions) {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static AuditEntry entry(Object[] row) {
        return new AuditEntry(
                ((Number) row[0]).longValue(),
                InstantConverter.fromColumn((Timestamp) row[1]),
                AuditAction.valueOf((String) row[2]),
                (String) row[3],
                (String) row[4],
                (String) row[5],
                (String) row[6]);
    }

    /** Where a page ends in time order: its last event's time and id. */
    record Keyset(Instant occurredAt, long id, boolean inclusive) {

        /** Just after the entry. */
        static Keyset after(AuditEntry entry) {
            return new Keyset(entry.occurredAt(), entry.id(), false);
        }
    }
}
