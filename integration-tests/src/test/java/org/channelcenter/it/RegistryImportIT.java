package org.channelcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.channelcenter.it.support.Database;
import org.channelcenter.it.support.Transactions;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.membership.boundary.ImportProgress;
import org.channelcenter.membership.boundary.ProfileChange;
import org.channelcenter.membership.boundary.ProfileDraft;
import org.channelcenter.membership.boundary.Registry;
import org.channelcenter.membership.boundary.RegistryException;
import org.channelcenter.membership.boundary.RegistryProblem;
import org.channelcenter.membership.control.ImportRow;
import org.channelcenter.membership.control.Registrations;
import org.channelcenter.membership.control.RegistryCsv;
import org.channelcenter.membership.entity.OrganizationProfile;
import org.channelcenter.membership.entity.ProfileStatus;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry's control against the real database, each row in its own transaction the way the import job
 * runs them (the job and the boundary are staff-only, and these tests run unauthenticated; the browser
 * test drives them as staff): valid rows are kept, invalid ones refused with their reasons, duplicates
 * refused, and a refused row leaves nothing behind.
 */
@ExtendWith(ArquillianExtension.class)
class RegistryImportIT {

    private static final String HEADER = "userName,password,networkId,legalName,countryCode,status\n";

    @Inject
    Registrations registrations;

    @Inject
    UserTransaction transaction;

    @EJB
    Registry registry;

    @Resource(lookup = "jdbc/channelcenter")
    DataSource dataSource;

    private static String networkId() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    private static String userName(String what) {
        return "it-" + what + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    /** Imports like the job does: one transaction per row; answers the refused rows' problems by row number. */
    private Map<Long, List<RegistryProblem>> importCsv(String csv) throws Exception {
        Map<Long, List<RegistryProblem>> refused = new TreeMap<>();
        for (ImportRow row : RegistryCsv.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
            if (!row.valid()) {
                refused.put(row.row(), row.problems());
                continue;
            }
            try {
                Transactions.inTransaction(transaction, () -> registrations.importRow(row, null));
            } catch (RegistryException e) {
                refused.put(row.row(), e.problems());
            }
        }
        return refused;
    }

    private long count(String sql, Object... parameters) throws Exception {
        return new Database(dataSource).count(sql, parameters);
    }

    private List<String> profile(String networkId) throws Exception {
        Database database = new Database(dataSource);
        List<String> values = new ArrayList<>();
        for (String column : List.of("legal_name", "country_code", "status")) {
            values.addAll(database.strings(
                    "select " + column + " from organization_profile where network_id = ?", networkId));
        }
        return values;
    }

    @Test
    void validRowsAreKeptAndInvalidRowsAreReportedWithTheirReasons() throws Exception {
        String alice = userName("alice");
        String bob = userName("bob");
        String first = networkId();
        String second = networkId();
        String third = networkId();

        Map<Long, List<RegistryProblem>> refused = importCsv(HEADER
                + alice + ",Secret#2026," + first + ",Alice Ltd,US,ACTIVE\n"
                + bob + ",Secret#2026,12ab,,ZZ,ACTIVE\n"
                + alice + ",," + second + ",\"Alice Europe, GmbH\",de,inactive\n"
                + bob + ",," + third + ",Bob Ltd,BR,ACTIVE\n");

        assertEquals(
                Map.of(
                        3L,
                                List.of(
                                        RegistryProblem.NETWORK_ID_INVALID,
                                        RegistryProblem.LEGAL_NAME_INVALID,
                                        RegistryProblem.COUNTRY_INVALID),
                        5L, List.of(RegistryProblem.PASSWORD_REQUIRED)),
                refused);
        assertEquals(List.of("Alice Ltd", "US", "ACTIVE"), profile(first));
        assertEquals(List.of("Alice Europe, GmbH", "DE", "INACTIVE"), profile(second));
        assertEquals(
                2,
                count(
                        "select count(*) from organization_profile p join membership_account a"
                                + " on a.id = p.membership_account_id where a.user_name = ?",
                        alice),
                "one account, two profiles");
        assertEquals(
                0,
                count("select count(*) from membership_account where user_name = ?", bob),
                "a refused row creates no account");
        assertEquals(0, count("select count(*) from organization_profile where network_id = ?", third));
        assertEquals(
                1,
                count(
                        "select count(*) from audit_event where action = 'REGISTRY_ACCOUNT_CREATED'"
                                + " and target = ?",
                        alice));
        assertEquals(
                1,
                count(
                        "select count(*) from audit_event where action = 'REGISTRY_PROFILE_CREATED'"
                                + " and target = ?",
                        second));
    }

    @Test
    void reImportingANetworkIdIsAPerRowRefusalThatLeavesNothingHalfWritten() throws Exception {
        String owner = userName("owner");
        String newcomer = userName("newcomer");
        String taken = networkId();
        String fresh = networkId();
        importCsv(HEADER + owner + ",Secret#2026," + taken + ",Owner Ltd,US,ACTIVE\n");

        Map<Long, List<RegistryProblem>> refused = importCsv(HEADER
                + newcomer + ",Secret#2026," + taken + ",Copycat Ltd,US,ACTIVE\n"
                + owner + ",," + fresh + ",Owner Two Ltd,GB,\n"
                + owner + ",," + fresh + ",Owner Two Again,GB,\n");

        assertEquals(
                Map.of(2L, List.of(RegistryProblem.NETWORK_ID_TAKEN), 4L, List.of(RegistryProblem.NETWORK_ID_TAKEN)),
                refused);
        assertEquals(List.of("Owner Ltd", "US", "ACTIVE"), profile(taken), "the first import's profile is untouched");
        assertEquals(
                0,
                count("select count(*) from membership_account where user_name = ?", newcomer),
                "the refused row's new account was not written either");
        assertEquals(List.of("Owner Two Ltd", "GB", "ACTIVE"), profile(fresh));
    }

    @Test
    void aDuplicateUserNameRefusesTheNewAccountAndItsProfile() throws Exception {
        String member = userName("member");
        String networkId = networkId();
        String otherNetworkId = networkId();
        Transactions.inTransaction(
                transaction,
                () -> registrations.createAccount(
                        member,
                        "Secret#2026",
                        new ProfileDraft(networkId, "Member Ltd", "US", ProfileStatus.ACTIVE),
                        null));

        RegistryException refused = assertThrows(
                RegistryException.class,
                () -> Transactions.inTransaction(
                        transaction,
                        () -> registrations.createAccount(
                                member.toUpperCase(),
                                "Other#2026x",
                                new ProfileDraft(otherNetworkId, "Other Ltd", "US", null),
                                null)));

        assertEquals(List.of(RegistryProblem.USER_NAME_TAKEN), refused.problems());
        assertEquals(0, count("select count(*) from organization_profile where network_id = ?", otherNetworkId));
    }

    @Test
    void editsApplyToTheVersionSeenAndDeactivationIsAudited() throws Exception {
        String networkId = networkId();
        OrganizationProfile created = Transactions.inTransaction(
                transaction,
                () -> registrations.createAccount(
                        userName("editor"),
                        "Secret#2026",
                        new ProfileDraft(networkId, "Before Ltd", "US", null),
                        null));
        long id = created.getId();
        long seen = created.getVersion();

        Transactions.inTransaction(
                transaction,
                () -> registrations.updateProfile(
                        new ProfileChange(id, seen, "After Ltd", "pt", ProfileStatus.ACTIVE), null));
        RegistryException stale = assertThrows(
                RegistryException.class,
                () -> Transactions.inTransaction(
                        transaction,
                        () -> registrations.updateProfile(
                                new ProfileChange(id, seen, "Lost Update", "US", ProfileStatus.ACTIVE), null)));
        RegistryException invalid = assertThrows(
                RegistryException.class,
                () -> Transactions.inTransaction(
                        transaction,
                        () -> registrations.updateProfile(
                                new ProfileChange(id, seen + 1, " ", "XX", ProfileStatus.ACTIVE), null)));
        Transactions.inTransaction(transaction, () -> registrations.deactivate(id, seen + 1, null));

        assertEquals(List.of(RegistryProblem.CHANGED_MEANWHILE), stale.problems());
        assertEquals(List.of(RegistryProblem.LEGAL_NAME_INVALID, RegistryProblem.COUNTRY_INVALID), invalid.problems());
        assertEquals(List.of("After Ltd", "PT", "INACTIVE"), profile(networkId));
        assertEquals(
                1,
                count(
                        "select count(*) from audit_event where action = 'REGISTRY_PROFILE_UPDATED' and target = ?",
                        networkId));
        assertEquals(
                1,
                count(
                        "select count(*) from audit_event where action = 'REGISTRY_PROFILE_DEACTIVATED'"
                                + " and target = ?",
                        networkId));
    }

    @Test
    void theStaffBoundaryRefusesAnonymousCallers() {
        assertThrows(EJBAccessException.class, () -> registry.find(PageRequest.of(0, 10)));
        assertThrows(EJBAccessException.class, () -> registry.count(null));
        assertThrows(
                EJBAccessException.class,
                () -> registry.startImport(HEADER.getBytes(StandardCharsets.UTF_8), "x.csv", new ImportProgress()));
    }
}
