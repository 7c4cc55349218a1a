package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.channelcenter.it.support.AuditFixtureServlet.Tampering;
import org.channelcenter.it.support.Fixtures;
import org.channelcenter.it.support.ProbeAnswer;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit log against the real database, read as real signed-in users through a probe: an organization's
 * admins see exactly the events their organization acted in or is concerned by, nobody else's; its other
 * users and other organizations' admins are refused or see none of them; staff filter the whole log by
 * organization, action and time range, and the CSV export holds exactly the filtered rows, also across the
 * export's pages. Events are written straight into the tables with dates of their own (2020) and a token in
 * their targets, so that no other test's events ever match. The database itself refuses UPDATE and DELETE.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditLogIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PROBE = "public/it-probe/audit-log";

    private static final String FIXTURE = "public/it-fixtures/audit";

    private String token;
    private Fixtures.Created a;
    private Fixtures.Created b;
    private Fixtures.Created staff;
    private String salesAgentOfA;

    @BeforeEach
    void organizationsAndEvents() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        token = "Al" + HexFormat.of().formatHex(bytes);
        a = Fixtures.organization("RESELLER", "GLOBAL_ADMIN,ADMIN_AGENT", 0);
        b = Fixtures.organization("PROVIDER", "ADMIN_AGENT", 0);
        staff = Fixtures.organization("OPERATOR", "STAFF", 0);
        salesAgentOfA = Fixtures.postForJson(
                        FIXTURE,
                        Fixtures.Login.class,
                        "op",
                        "salesAgent",
                        "organizationId",
                        Long.toString(a.organizationId()),
                        "userName",
                        "sales" + token.toLowerCase(),
                        "password",
                        Fixtures.PASSWORD)
                .login();
        // e1, e4: A acted; e2: B acted, concerning A too; e3: B acted, concerning B only
        event("e1", "USER_ADDED", "2020-01-10T09:00:00Z", a.organizationId());
        event("e2", "PARTNERSHIP_STARTED", "2020-01-20T09:00:00Z", b.organizationId(), a.organizationId());
        event("e3", "USER_ADDED", "2020-02-05T09:00:00Z", b.organizationId());
        event("e4", "USER_ROLES_CHANGED", "2020-01-15T09:00:00Z", a.organizationId());
    }

    /** An event whose actor organization is the first one given, concerning all of them (as AuditTrail writes). */
    private void event(String name, String action, String at, long... organizations) {
        StringBuilder list = new StringBuilder();
        for (long organization : organizations) {
            list.append(list.isEmpty() ? "" : ",").append(organization);
        }
        Fixtures.postForJson(
                FIXTURE,
                Fixtures.Id.class,
                "op",
                "event",
                "target",
                token + "-" + name,
                "action",
                action,
                "at",
                at,
                "organizations",
                list.toString());
    }

    private ProbeAnswer probe(String login, String op, String... filter) {
        List<String> form = new ArrayList<>(List.of("login", login, "password", Fixtures.PASSWORD, "op", op));
        form.addAll(List.of(filter));
        return Fixtures.post(PROBE, form.toArray(String[]::new));
    }

    private String targets(String... names) {
        List<String> targets = new ArrayList<>();
        for (String name : names) {
            targets.add(token + "-" + name);
        }
        return String.join(",", targets);
    }

    @Test
    void anOrganizationsAdminSeesExactlyItsOrganizationsEvents() {
        ProbeAnswer own = probe(a.login(), "own", "text", token);
        assertEquals("ok", own.outcome());
        assertEquals(targets("e1", "e2", "e4"), own.value("targets"));
        assertEquals("3", own.value("count"));

        // the organization is the caller's, whatever the filter names
        ProbeAnswer asIfB = probe(a.login(), "own", "text", token, "organization", Long.toString(b.organizationId()));
        assertEquals(targets("e1", "e2", "e4"), asIfB.value("targets"));

        assertEquals(
                targets("e1"),
                probe(a.login(), "own", "text", token, "action", "USER_ADDED").value("targets"));
        assertEquals(
                targets("e2", "e4"),
                probe(a.login(), "own", "text", token, "from", "2020-01-12T00:00:00Z", "until", "2020-01-21T00:00:00Z")
                        .value("targets"));

        ProbeAnswer otherAdmin = probe(b.login(), "own", "text", token);
        assertEquals(targets("e2", "e3"), otherAdmin.value("targets"), "B sees none of A's own events");

        ProbeAnswer csv = probe(a.login(), "ownCsv", "text", token);
        assertEquals("3", csv.value("rows"));
        assertEquals(targets("e1", "e2", "e4"), csv.value("targets"));
    }

    @Test
    void othersAreRefusedTheOrganizationsLogAndTheWholeLog() {
        assertEquals("denied", probe(salesAgentOfA, "own", "text", token).outcome(), "not an admin");
        assertEquals("denied", probe(a.login(), "events", "text", token).outcome(), "staff only");
        assertEquals("denied", probe(a.login(), "csv", "text", token).outcome(), "staff only");
        assertEquals(
                "denied",
                probe(b.login(), "events", "organization", Long.toString(a.organizationId()))
                        .outcome(),
                "staff only");
        assertEquals(
                "denied",
                probe(staff.login(), "own", "text", token).outcome(),
                "the operator's users read the staff log");
    }

    @Test
    void staffFilterByOrganizationActionAndTimeRangeAndExportExactlyThose() {
        String organizationA = Long.toString(a.organizationId());
        ProbeAnswer all = probe(staff.login(), "events", "text", token);
        assertEquals(targets("e1", "e2", "e3", "e4"), all.value("targets"));
        assertEquals(
                targets("e1", "e2", "e4"),
                probe(staff.login(), "events", "text", token, "organization", organizationA)
                        .value("targets"));
        assertEquals(
                targets("e1", "e3"),
                probe(staff.login(), "events", "text", token, "action", "USER_ADDED")
                        .value("targets"));
        assertEquals(
                targets("e1"),
                probe(staff.login(), "events", "text", token, "organization", organizationA, "action", "USER_ADDED")
                        .value("targets"));
        assertEquals(
                targets("e3"),
                probe(staff.login(), "events", "text", token, "from", "2020-02-01T00:00:00Z")
                        .value("targets"));
        assertEquals(
                targets("e1", "e4"),
                probe(staff.login(), "events", "text", token, "until", "2020-01-16T00:00:00Z")
                        .value("targets"));
        // without the text: organization and range alone pick exactly A's January events
        ProbeAnswer range = probe(
                staff.login(),
                "events",
                "organization",
                organizationA,
                "from",
                "2020-01-01T00:00:00Z",
                "until",
                "2020-02-01T00:00:00Z");
        assertEquals(targets("e1", "e2", "e4"), range.value("targets"));

        ProbeAnswer csv = probe(
                staff.login(), "csv", "organization", organizationA, "action", "USER_ROLES_CHANGED", "text", token);
        assertEquals("true", csv.value("bom"));
        assertEquals(
                String.join("|", List.of("Time (UTC)", "Action", "User", "Target", "Details", "Address")),
                csv.value("header"));
        assertEquals("1", csv.value("rows"));
        assertEquals("1", csv.value("written"));
        assertEquals(targets("e4"), csv.value("targets"));
        assertEquals("USER_ROLES_CHANGED", csv.value("actions"), "an action without a label is its name");
    }

    @Test
    void theExportWritesFormulaLikeSignInNamesAndDetailsAsText() {
        List<String> formulas = List.of(
                "=HYPERLINK(\"http://x\",\"y\")", "+1", "-1", "@SUM(1)", "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0");
        for (int i = 0; i < formulas.size(); i++) {
            Fixtures.postForJson(
                    FIXTURE,
                    Fixtures.Id.class,
                    "op",
                    "event",
                    "target",
                    token + "-f" + i,
                    "action",
                    "SIGN_IN_FAILED",
                    "at",
                    "2020-04-01T09:00:00Z",
                    "organizations",
                    Long.toString(a.organizationId()),
                    "actor",
                    formulas.get(i),
                    "details",
                    formulas.get(i));
        }
        ProbeAnswer csv = probe(staff.login(), "csv", "text", token + "-f");
        assertEquals(Integer.toString(formulas.size()), csv.value("rows"));
        for (int i = 0; i < formulas.size(); i++) {
            String quoted = "'" + formulas.get(i);
            assertEquals(quoted, csv.value("user:" + token + "-f" + i), "a spreadsheet shows the sign-in name as text");
            assertEquals(quoted, csv.value("details:" + token + "-f" + i), "and the details");
        }
        assertEquals(
                targets("f0", "f1", "f2", "f3", "f4", "f5", "f6"),
                csv.value("targets"),
                "cells that are no formula stay as they are");
    }

    @Test
    void theExportReadsPageByPageAndHoldsEveryFilteredRowOnce() {
        // more than two of the export's pages (500 events each)
        int events = 1203;
        Fixtures.postForJson(
                FIXTURE,
                Fixtures.Count.class,
                "op",
                "bulk",
                "count",
                Integer.toString(events),
                "prefix",
                token + "-bulk");
        ProbeAnswer csv = probe(staff.login(), "csv", "text", token + "-bulk-", "action", "MAIL_SENT");
        assertEquals(Integer.toString(events), csv.value("rows"));
        assertEquals(Integer.toString(events), csv.value("distinct"));
        assertEquals(Integer.toString(events), csv.value("written"));
        assertEquals(
                Integer.toString(events),
                probe(staff.login(), "events", "text", token + "-bulk-").value("count"));
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAnEvent() {
        Tampering tampering = Fixtures.postForJson(FIXTURE, Tampering.class, "op", "tamper", "target", token + "-e1");
        assertTrue(tampering.updateRefused(), tampering.toString());
        assertTrue(tampering.updateConcernedRefused(), "V19 put the guard back after its copy: " + tampering);
        assertTrue(tampering.deleteConcernedRefused(), tampering.toString());
        assertTrue(tampering.deleteRefused(), tampering.toString());
        assertEquals(1, tampering.unchanged(), "the event is as it was written");
        assertEquals(1, tampering.concerned(), "and still concerns its organization");
    }
}
