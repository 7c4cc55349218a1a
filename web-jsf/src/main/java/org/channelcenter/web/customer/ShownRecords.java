package org.channelcenter.web.customer;

import jakarta.faces.view.ViewScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The customer records a view last rendered, as they were rendered. JSF decides which button was pressed by
 * the {@code rendered} conditions of the postback; were the record read afresh there and refused meanwhile (the
 * customer removed the partner), the pressed button would not exist, the command would be silently dropped, and
 * its dialog would close with nothing said. {@link CustomerRecords} answers with these until it renders again.
 */
@ViewScoped
class ShownRecords implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<CustomerRecords.Part, CustomerRecord> shown = new HashMap<>();

    CustomerRecord get(CustomerRecords.Part part) {
        return shown.get(part);
    }

    void put(CustomerRecords.Part part, CustomerRecord record) {
        shown.put(part, record);
    }

    void clear() {
        shown.clear();
    }
}
