package org.channelcenter.membership.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.channelcenter.membership.boundary.RegistryException;
import org.channelcenter.membership.boundary.RegistryProblem;
import org.channelcenter.membership.entity.ProfileStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryCsvTest {

    private static final String HEADER = "userName,password,networkId,legalName,countryCode,status\n";

    private static List<ImportRow> read(String text) {
        return RegistryCsv.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<ImportRow> read(byte[] bytes) {
        return RegistryCsv.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void aValidRowIsNormalizedAndNumberedAsInASpreadsheet() {
        List<ImportRow> rows = read(HEADER + " Contoso-MPN ,Secret#2026, 4512345 ,\"Contoso, Ltd.\",us,inactive\n");

        ImportRow row = rows.get(0);
        assertEquals(2, row.row(), "the header is row 1");
        assertEquals("contoso-mpn", row.userName());
        assertEquals("Secret#2026", row.password());
        assertEquals("4512345", row.networkId());
        assertEquals("Contoso, Ltd.", row.legalName());
        assertEquals("US", row.countryCode());
        assertEquals(ProfileStatus.INACTIVE, row.status());
        assertTrue(row.valid(), row::toString);
    }

    @Test
    void aBlankStatusMeansActiveAndABlankPasswordIsLeftToTheDatabaseCheck() {
        ImportRow row = read(HEADER + "litware-mpn,,4523456,Litware Inc.,DE,\n").get(0);

        assertEquals(ProfileStatus.ACTIVE, row.status());
        assertNull(row.password());
        assertTrue(row.valid(), row::toString);
    }

    @Test
    void everyProblemOfARowIsReportedAndOtherRowsAreKept() {
        List<ImportRow> rows = read(HEADER
                + "ok-user,Secret#2026,4512345,Good Ltd,BR,ACTIVE\n"
                + "x,short,12a45,,XX,SLEEPING\n"
                + "too,many,cells,here,for,the,header\n"
                + "other-user,Secret#2026,1234567890,Other Ltd,RU,active\n");

        assertEquals(4, rows.size());
        assertTrue(rows.get(0).valid());
        assertEquals(
                List.of(
                        RegistryProblem.USER_NAME_INVALID,
                        RegistryProblem.PASSWORD_INVALID,
                        RegistryProblem.NETWORK_ID_INVALID,
                        RegistryProblem.LEGAL_NAME_INVALID,
                        RegistryProblem.COUNTRY_INVALID,
                        RegistryProblem.STATUS_INVALID),
                rows.get(1).problems());
        assertEquals(3, rows.get(1).row());
        assertEquals(List.of(RegistryProblem.ROW_MALFORMED), rows.get(2).problems());
        assertTrue(rows.get(3).valid());
        assertEquals(5, rows.get(3).row());
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreAccepted() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (HEADER.replace("\n", "\r\n") + "bom-user,Secret#2026,7654321,Ромашка ООО,RU,ACTIVE\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(body, 0, file, bom.length, body.length);

        ImportRow row = read(file).get(0);

        assertEquals("Ромашка ООО", row.legalName());
        assertTrue(row.valid(), row::toString);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"networkId,legalName\n1234567,x\n", "userName;password;networkId;legalName;countryCode;status\n"
            })
    void aWrongHeaderRefusesTheWholeFile(String text) {
        RegistryException refused = assertThrows(RegistryException.class, () -> read(text));
        assertEquals(List.of(RegistryProblem.FILE_HEADER_INVALID), refused.problems());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals(
                List.of(RegistryProblem.FILE_EMPTY),
                assertThrows(RegistryException.class, () -> read("")).problems());
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        byte[] latin1 =
                (HEADER + "u-user,Secret#2026,1234567,Caf\u00e9,FR,ACTIVE\n").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(
                List.of(RegistryProblem.FILE_UNREADABLE),
                assertThrows(RegistryException.class, () -> read(latin1)).problems());
    }

    @Test
    void anUnclosedQuoteIsRefusedAsUnreadable() {
        assertEquals(
                List.of(RegistryProblem.FILE_UNREADABLE),
                assertThrows(
                                RegistryException.class,
                                () -> read(HEADER + "q-user,Secret#2026,1234567,\"Open quote,FR,ACTIVE\n"))
                        .problems());
    }

    @Test
    void theHeaderAloneIsAnEmptyImport() {
        assertTrue(read(HEADER).isEmpty());
    }

    @Test
    void aPasswordNeverAppearsInARowsText() {
        ImportRow row =
                read(HEADER + "p-user,Very-Secret-1,1234567,P Ltd,US,ACTIVE\n").get(0);
        assertTrue(!row.toString().contains("Very-Secret-1"));
    }
}
