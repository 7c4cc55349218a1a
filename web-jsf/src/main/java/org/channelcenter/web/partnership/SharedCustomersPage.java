package org.channelcenter.web.partnership;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelcenter.kernel.entity.DomainException;
import org.channelcenter.partnership.boundary.PartnershipRow;
import org.channelcenter.partnership.boundary.Partnerships;
import org.channelcenter.web.kernel.DomainMessages;

/**
 * View customers (Indirect providers): the customers a reseller and one of its providers share. Until
 * customer relationships exist (the customers component) the list is empty; the partnership itself is
 * read through the boundary, so another organization's partnership id is refused here already.
 */
@Named
@ViewScoped
public class SharedCustomersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Partnerships partnerships;

    @Inject
    DomainMessages messages;

    private long partnershipId;
    private PartnershipRow partnership;
    private String refusal;

    public void load() {
        if (partnership != null || refusal != null) {
            return;
        }
        try {
            partnership = partnerships.partnership(partnershipId);
        } catch (DomainException e) {
            refusal = messages.keyFor(e);
        }
    }

    public long getPartnershipId() {
        return partnershipId;
    }

    public void setPartnershipId(long partnershipId) {
        this.partnershipId = partnershipId;
    }

    public PartnershipRow getPartnership() {
        return partnership;
    }

    public String getRefusal() {
        return refusal;
    }
}
