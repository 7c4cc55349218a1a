package org.channelcenter.membership.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.channelcenter.membership.boundary.RegistryException;
import org.channelcenter.membership.boundary.RegistryProblem;
import org.channelcenter.membership.entity.MembershipAccount;
import org.channelcenter.membership.entity.ProfileStatus;

/**
 * Reads a registry CSV (UTF-8, comma-separated, RFC 4180 quoting, optional byte-order mark) with the header
 * {@code userName,password,networkId,legalName,countryCode,status} in that order. Every data row becomes an
 * {@link ImportRow} carrying its own problems; only a file that cannot be read as such a table at all is
 * refused as a whole. A blank status means ACTIVE.
 */
public final class RegistryCsv {

    public static final List<String> HEADER =
            List.of("userName", "password", "networkId", "legalName", "countryCode", "status");

    /** More rows than this are refused as a whole: an import runs in one request's worth of memory. */
    public static final int MAX_ROWS = 10_000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .get();

    private RegistryCsv() {}

    public static List<ImportRow> read(InputStream csv) {
        // Malformed UTF-8 is an error, not silently replaced characters in legal names.
        Reader reader = new InputStreamReader(
                csv,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
        try (CSVParser parser =
                CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<ImportRow> rows = new ArrayList<>();
            boolean headerSeen = false;
            for (CSVRecord record : parser) {
                if (!headerSeen) {
                    checkHeader(record);
                    headerSeen = true;
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw new RegistryException(RegistryProblem.FILE_TOO_LARGE);
                }
                rows.add(row(record));
            }
            if (!headerSeen) {
                throw new RegistryException(RegistryProblem.FILE_EMPTY);
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // Broken quoting or bytes that are not UTF-8: commons-csv reports them as (Unchecked)IOException
            // or IllegalStateException; either way the file is not a table we can read row by row.
            throw new RegistryException(RegistryProblem.FILE_UNREADABLE);
        }
    }

    private static void checkHeader(CSVRecord header) {
        List<String> names = new ArrayList<>();
        for (String name : header) {
            names.add(name.replace("\uFEFF", "").trim());
        }
        if (!names.equals(HEADER)) {
            throw new RegistryException(RegistryProblem.FILE_HEADER_INVALID);
        }
    }

    static ImportRow row(CSVRecord record) {
        // The record number counts the header as 1, like a spreadsheet's row numbers.
        long row = record.getRecordNumber();
        if (record.size() != HEADER.size()) {
            return new ImportRow(
                    row,
                    cell(record, 0),
                    null,
                    cell(record, 2),
                    null,
                    null,
                    null,
                    List.of(RegistryProblem.ROW_MALFORMED));
        }
        String userName = MembershipAccount.normalizeUserName(record.get(0));
        String password = record.get(1).isEmpty() ? null : record.get(1);
        String networkId = record.get(2).trim();
        String legalName = record.get(3).trim();
        String countryCode = record.get(4).trim().toUpperCase(Locale.ROOT);
        String statusText = record.get(5).trim().toUpperCase(Locale.ROOT);

        List<RegistryProblem> problems = new ArrayList<>();
        if (!MembershipAccount.isValidUserName(userName)) {
            problems.add(RegistryProblem.USER_NAME_INVALID);
        }
        // Whether a password is needed depends on the account existing, which only the database knows.
        if (password != null && !MembershipAccount.isAcceptablePassword(password)) {
            problems.add(RegistryProblem.PASSWORD_INVALID);
        }
        problems.addAll(RegistryRules.checkNewProfile(networkId, legalName, countryCode));
        ProfileStatus status = null;
        if (statusText.isEmpty()) {
            status = ProfileStatus.ACTIVE;
        } else {
            try {
                status = ProfileStatus.valueOf(statusText);
            } catch (IllegalArgumentException e) {
                problems.add(RegistryProblem.STATUS_INVALID);
            }
        }
        return new ImportRow(row, userName, password, networkId, legalName, countryCode, status, problems);
    }

    private static String cell(CSVRecord record, int index) {
        return index < record.size() ? record.get(index).trim() : null;
    }
}
