package org.channelcenter.enrollment.boundary;

import java.io.Serializable;
import org.channelcenter.enrollment.entity.EnrollmentRefusedException.Reason;

/** An organization profile as the wizard lists it: choosable, or with the reason it is not. */
public record ProfileChoice(long id, String networkId, String legalName, String countryCode, Reason unavailable)
        implements Serializable {

    public boolean selectable() {
        return unavailable == null;
    }
}
