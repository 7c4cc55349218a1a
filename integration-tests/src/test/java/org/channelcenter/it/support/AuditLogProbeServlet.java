package org.channelcenter.it.support;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.channelcenter.audit.boundary.AuditEntry;
import org.channelcenter.audit.boundary.AuditFilter;
import org.channelcenter.audit.boundary.AuditLog;
import org.channelcenter.audit.entity.AuditAction;
import org.channelcenter.kernel.boundary.PageRequest;

/**
 * Test-only: calls {@link AuditLog} as the user signed in for this request (see {@link SignedInProbe}).
 * {@code op} = events | own (one page of targets, and the count) | csv | ownCsv (the exported file's header
 * and targets; each row's user and details cells as {@code user:<target>} and {@code details:<target>}), with the filter parameters {@code organization}, {@code action}, {@code from}, {@code until}
 * (ISO instants) and {@code text}. Targets come back sorted, comma-separated.
 */
@WebServlet("/public/it-probe/audit-log")
public class AuditLogProbeServlet extends SignedInProbe {

    static final List<String> HEADER = List.of("Time (UTC)", "Action", "User", "Target", "Details", "Address");

    @EJB
    AuditLog auditLog;

    @Override
    protected void answer(String op, HttpServletRequest request, Map<String, String> values) throws Exception {
        AuditFilter filter = filter(request);
        PageRequest page = PageRequest.of(0, PageRequest.MAX_SIZE);
        switch (op) {
            case "events" -> {
                values.put("count", String.valueOf(auditLog.countEvents(filter)));
                values.put("targets", String.valueOf(targets(auditLog.findEvents(page, filter))));
            }
            case "own" -> {
                values.put("count", String.valueOf(auditLog.countOwn(filter)));
                values.put("targets", String.valueOf(targets(auditLog.findOwn(page, filter))));
            }
            case "csv", "ownCsv" -> {
                Map<AuditAction, String> labels = new EnumMap<>(AuditAction.class);
                ByteArrayOutputStream file = new ByteArrayOutputStream();
                long written = "csv".equals(op)
                        ? auditLog.exportCsv(filter, HEADER, labels, file)
                        : auditLog.exportOwnCsv(filter, HEADER, labels, file);
                String text = file.toString(StandardCharsets.UTF_8);
                values.put("bom", String.valueOf(text.startsWith("\uFEFF")));
                List<CSVRecord> records = CSVFormat.DEFAULT
                        .parse(new StringReader(text.substring(1)))
                        .getRecords();
                values.put("written", String.valueOf(written));
                values.put("header", String.join("|", records.get(0).toList()));
                List<String> targets = new ArrayList<>();
                records.stream().skip(1).forEach(record -> {
                    targets.add(record.get(3));
                    values.put("user:" + record.get(3), record.get(2));
                    values.put("details:" + record.get(3), record.get(4));
                });
                values.put("rows", String.valueOf(targets.size()));
                values.put(
                        "distinct", String.valueOf(targets.stream().distinct().count()));
                values.put(
                        "targets",
                        String.join(",", targets.stream().sorted().limit(50).toList()));
                values.put(
                        "actions",
                        String.join(
                                ",",
                                records.stream()
                                        .skip(1)
                                        .map(r -> r.get(1))
                                        .distinct()
                                        .sorted()
                                        .toList()));
            }
            default -> throw new IllegalArgumentException("op");
        }
    }

    private static String targets(List<AuditEntry> entries) {
        return String.join(
                ",", entries.stream().map(AuditEntry::target).sorted().toList());
    }

    private static AuditFilter filter(HttpServletRequest request) {
        String organization = request.getParameter("organization");
        String action = request.getParameter("action");
        String from = request.getParameter("from");
        String until = request.getParameter("until");
        return new AuditFilter(
                blank(organization) ? null : Long.valueOf(organization),
                blank(action) ? null : AuditAction.valueOf(action),
                blank(from) ? null : Instant.parse(from),
                blank(until) ? null : Instant.parse(until),
                request.getParameter("text"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
