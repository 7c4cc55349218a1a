package org.channelcenter.billing.boundary;

/** The formats of billing documents: PDF to read and send, CSV to load into a spreadsheet. */
public enum DocumentFormat {
    PDF("application/pdf", "pdf"),
    CSV("text/csv; charset=UTF-8", "csv");

    private final String contentType;
    private final String extension;

    DocumentFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
