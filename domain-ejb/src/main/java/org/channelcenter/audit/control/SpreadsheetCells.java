package org.channelcenter.audit.control;

/**
 * Cells of an exported file as a spreadsheet program must show them: as text. User names, targets and details
 * come from outside (a sign-in name like {@code =HYPERLINK(...)} is audited as typed), and Excel, LibreOffice
 * and Google Sheets run a cell that begins with {@code =}, {@code +}, {@code -} or {@code @} as a formula, tab
 * and carriage return included as lead-ins. Such a cell gets a leading single quote, as OWASP's "CSV injection"
 * advice says: the spreadsheet shows the text, and a reader of the raw file still sees what was recorded.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {}

    /** The value, or the value behind a single quote when a spreadsheet would read it as a formula. */
    public static String asText(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
