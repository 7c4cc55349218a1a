package org.channelcenter.web.billing;

import java.io.ByteArrayInputStream;
import org.channelcenter.billing.boundary.DocumentFile;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A billing document, as the boundary wrote it, handed to {@code p:fileDownload}. */
final class Downloads {

    private Downloads() {}

    static StreamedContent of(DocumentFile file) {
        return DefaultStreamedContent.builder()
                .name(file.fileName())
                .contentType(file.contentType())
                .contentLength((long) file.content().length)
                .stream(() -> new ByteArrayInputStream(file.content()))
                .build();
    }
}
