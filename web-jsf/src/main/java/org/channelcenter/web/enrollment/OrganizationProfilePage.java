package org.channelcenter.web.enrollment;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.channelcenter.enrollment.boundary.OrganizationDetailsBook;
import org.channelcenter.enrollment.boundary.OrganizationDetailsView;
import org.channelcenter.enrollment.entity.BusinessProfile;
import org.channelcenter.web.i18n.Messages;
import org.channelcenter.web.kernel.DomainMessages;

/**
 * Account settings › Organization profile (SPEC §10): the organization's legal and support details, in the form the
 * enrollment used. Admins edit them; other members read them. Who may change what is the boundary's rule
 * ({@link OrganizationDetailsBook}); this page only shows its answers.
 */
@Named
@ViewScoped
public class OrganizationProfilePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OrganizationDetailsBook book;

    @Inject
    DomainMessages refusals;

    @Inject
    Messages messages;

    private OrganizationDetailsView view;
    private BusinessProfile profile;

    @PostConstruct
    void load() {
        view = book.read();
        profile = view.profile();
    }

    public void save() {
        try {
            refusals.attempt(() -> {
                        List<String> changed = book.change(profile, view.version());
                        load();
                        messages.info(changed.isEmpty() ? "orgProfile.unchanged" : "orgProfile.saved");
                    })
                    .showingAt(null);
        } catch (EJBAccessException refused) {
            // an admin demoted since the page was opened: the boundary refused and audited it
            messages.errorAt(null, "orgProfile.refused");
            FacesContext.getCurrentInstance().validationFailed();
            load();
        }
    }

    public OrganizationDetailsView getView() {
        return view;
    }

    public BusinessProfile getProfile() {
        return profile;
    }
}
