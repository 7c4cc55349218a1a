package org.channelcenter.web.customer;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.channelcenter.commerce.boundary.LicenseUse;
import org.channelcenter.commerce.boundary.Licenses;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.kernel.entity.DomainException;

/**
 * The license use of an expanded customer's subscriptions, read through the boundary once per request (a
 * record opened again is read afresh) and again after a change made in the same request. One more than shown is
 * asked for, so the record can say when there are more.
 */
@RequestScoped
public class LicenseUses {

    /** The record shows the license use of this many open subscriptions, newest first. */
    static final int SHOWN = 25;

    @EJB
    Licenses licenses;

    private final Map<Long, List<LicenseUse>> loaded = new HashMap<>();

    /** The use (at most {@link #SHOWN}), or nothing when the boundary refuses (the record then says why). */
    public List<LicenseUse> of(long customerId) {
        List<LicenseUse> use = read(customerId);
        return use.size() > SHOWN ? use.subList(0, SHOWN) : use;
    }

    /** Whether the customer has more open subscriptions than {@link #of} gives. */
    public boolean truncated(long customerId) {
        return read(customerId).size() > SHOWN;
    }

    private List<LicenseUse> read(long customerId) {
        return loaded.computeIfAbsent(customerId, id -> {
            try {
                return licenses.use(id, PageRequest.of(0, SHOWN + 1));
            } catch (DomainException e) {
                return List.of();
            }
        });
    }

    /** Reads the customer's use again when next asked (after an assignment changed it). */
    public void forget(long customerId) {
        loaded.remove(customerId);
    }
}
