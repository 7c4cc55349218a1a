package org.channelcenter.billing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.channelcenter.billing.boundary.CreditPosition;
import org.channelcenter.billing.entity.BillingRefusedException;
import org.channelcenter.commerce.control.OrderCredit;

/**
 * Billing's answer to commerce's question before an order or a license increase is written: refused with a
 * {@link BillingRefusedException} (CREDIT_HOLD, or CREDIT_LIMIT_EXCEEDED naming the limit, the balance and the
 * order's charge) by {@link CreditPositions}' rule. The order's transaction rolls back, and the order audits it.
 */
@Dependent
public class CreditCheck implements OrderCredit {

    @Inject
    CreditPositions positions;

    @Override
    public void check(long providerId, long resellerId, List<Addition> additions, LocalDate day) {
        // most resellers have no limit: only an overdue invoice can refuse them, and one query says so
        if (positions.account(providerId, resellerId).isEmpty()
                && positions.overdue(providerId, resellerId, day).isEmpty()) {
            return;
        }
        CreditPosition position = positions.position(providerId, resellerId, day);
        Map<String, BigDecimal> charges =
                position.onHold() ? Map.of() : positions.orderCharges(providerId, resellerId, additions, day);
        BillingRefusedException refusal = positions.refusal(position, charges);
        if (refusal != null) {
            throw refusal;
        }
    }
}
