package org.channelcenter.billing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import org.channelcenter.billing.entity.BillingRefusedException;

/**
 * What a planned order would do to a reseller's credit (issue 17, point 4): its charge this month at the reseller's
 * cost, the balance after it, and whether the order would be refused, and why (null: it would be accepted).
 *
 * @param balanceAfter in the limit's currency; the order counts only when it is in that currency
 */
public record CreditWhatIf(
        String currency,
        BigDecimal charge,
        BigDecimal balanceAfter,
        CreditPosition position,
        BillingRefusedException.Reason refusal)
        implements Serializable {

    public boolean refused() {
        return refusal != null;
    }
}
