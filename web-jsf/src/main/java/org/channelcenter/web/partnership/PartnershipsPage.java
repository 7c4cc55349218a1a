package org.channelcenter.web.partnership;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelcenter.partnership.boundary.PartnershipRow;
import org.channelcenter.partnership.boundary.Partnerships;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.channelcenter.web.kernel.DomainMessages;

/**
 * The partnership list of both sides: a provider's Indirect resellers and a reseller's Indirect providers
 * (the boundary decides which, from the caller), with ending a partnership. Ended ones are shown on request.
 */
@Named
@ViewScoped
public class PartnershipsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Partnerships partnerships;

    @Inject
    DomainMessages messages;

    private boolean withEnded;
    private BoundaryLazyDataModel<PartnershipRow> rows;

    private PartnershipRow ending;
    private String endReason;

    public BoundaryLazyDataModel<PartnershipRow> getPartnerships() {
        if (rows == null) {
            rows = new BoundaryLazyDataModel<>(
                    filter -> partnerships.count(filter, withEnded),
                    request -> partnerships.find(request, withEnded),
                    row -> Long.toString(row.id()));
        }
        return rows;
    }

    /** Opens the confirmation for ending a partnership, as the row was shown (its version guards the end). */
    public void confirmEnd(PartnershipRow row) {
        ending = row;
        endReason = null;
    }

    public void end() {
        if (ending == null) {
            return;
        }
        messages.attempt(
                () -> {
                    PartnershipRow ended = partnerships.end(ending.id(), ending.version(), endReason);
                    messages.info("partnerships.ended", ended.partnerName());
                    ending = null;
                    endReason = null;
                },
                "endForm:endReason");
    }

    public boolean isWithEnded() {
        return withEnded;
    }

    public void setWithEnded(boolean withEnded) {
        this.withEnded = withEnded;
    }

    public PartnershipRow getEnding() {
        return ending;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }
}
