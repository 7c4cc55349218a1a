package org.channelcenter.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "+1", "-1", "@SUM(1)", "\t=1", "\r=1", "=", "-"})
    void aCellASpreadsheetWouldRunGetsALeadingQuote(String value) {
        assertEquals("'" + value, SpreadsheetCells.asText(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana@example.test", "2020-01-10T09:00:00Z", "127.0.0.1", "a=b", "x+1", "'quoted", " =1"})
    void otherCellsStayAsTheyAre(String value) {
        assertEquals(value, SpreadsheetCells.asText(value));
    }

    @Test
    void emptyAndMissingCellsStayEmpty() {
        assertEquals("", SpreadsheetCells.asText(""));
        assertNull(SpreadsheetCells.asText(null));
    }
}
