package org.channelcenter.web.customer;

import java.io.Serializable;
import org.channelcenter.customer.boundary.CustomerDetails;

/**
 * What the customer-record include shows: the customer's record as the boundary gave it, or the bundle key of
 * the boundary's refusal (then nothing of the customer is shown).
 */
public record CustomerRecord(CustomerDetails details, String refusal) implements Serializable {

    public static CustomerRecord of(CustomerDetails details) {
        return new CustomerRecord(details, null);
    }

    public static CustomerRecord refused(String refusalKey) {
        return new CustomerRecord(null, refusalKey);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
