package org.channelcenter.web.customer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.channelcenter.customer.boundary.CustomerPartners;
import org.channelcenter.customer.boundary.RelationshipRow;
import org.channelcenter.kernel.boundary.PageRequest;
import org.channelcenter.web.kernel.BoundaryLazyDataModel;
import org.channelcenter.web.kernel.DomainMessages;

/**
 * A customer's Partners page (SPEC §6): every partner with a reseller relationship, paged in the database,
 * and removing one. Removed relationships are history, shown on request.
 */
@Named
@ViewScoped
public class PartnersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CustomerPartners partners;

    @Inject
    DomainMessages messages;

    private String search;
    private boolean showRemoved;
    private BoundaryLazyDataModel<RelationshipRow> rows;

    private RelationshipRow removing;

    /**
     * The search box is the page's own field (id {@code search}), not the table's global filter, so the
     * table's filter value is ignored and the field's value is used instead.
     */
    public BoundaryLazyDataModel<RelationshipRow> getPartners() {
        if (rows == null) {
            rows = new BoundaryLazyDataModel<>(
                    ignored -> partners.count(search, showRemoved),
                    request -> partners.find(
                            new PageRequest(
                                    request.first(), request.size(), request.sortField(), request.ascending(), search),
                            showRemoved),
                    row -> Long.toString(row.id()));
        }
        return rows;
    }

    /** Opens the confirmation for removing a partner, as the row was shown (its version guards the removal). */
    public void confirmRemove(RelationshipRow row) {
        removing = row;
    }

    public void remove() {
        if (removing == null) {
            return;
        }
        try {
            messages.attempt(
                    () -> {
                        RelationshipRow removed = partners.remove(removing.id(), removing.version());
                        // the removed partner leaves the list at once (issue 16, point 9); it stays as history,
                        // under "Show removed"
                        messages.info("customerPartners.removed", removed.partnerName());
                    },
                    null);
        } finally {
            removing = null;
        }
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isShowRemoved() {
        return showRemoved;
    }

    public void setShowRemoved(boolean showRemoved) {
        this.showRemoved = showRemoved;
    }

    public RelationshipRow getRemoving() {
        return removing;
    }
}
