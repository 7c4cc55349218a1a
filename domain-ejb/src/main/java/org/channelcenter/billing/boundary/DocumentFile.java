package org.channelcenter.billing.boundary;

import java.io.Serializable;
import java.util.Objects;

/** A billing document as written for its reader: a file name, its content type and its bytes. */
public record DocumentFile(String fileName, String contentType, byte[] content) implements Serializable {

    public DocumentFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
