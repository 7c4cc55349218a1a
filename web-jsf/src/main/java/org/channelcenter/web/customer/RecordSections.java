package org.channelcenter.web.customer;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import java.util.function.Supplier;
import org.channelcenter.kernel.entity.DomainException;

/**
 * What the sections of a customer's record ({@link CustomerUsersSection}, {@link CustomerLicensesSection}) share:
 * several records may be open at once, so a command carries its customer in an {@code f:attribute customerId},
 * and a field message goes to the field of the same record.
 */
final class RecordSections {

    private RecordSections() {}

    /** The customer whose record holds the command. */
    static long customerOf(ActionEvent event) {
        return ((Number) event.getComponent().getAttributes().get("customerId")).longValue();
    }

    /**
     * The client id of the field {@code id} of the command's record, as rendered: found from the command (its
     * naming container: the table row, whose index is current while the command runs, or the form, which may not
     * prepend its id), so the message lands where the field is.
     */
    static String fieldOf(ActionEvent event, String id) {
        UIComponent field = event.getComponent().findComponent(id);
        return field == null ? id : field.getClientId(FacesContext.getCurrentInstance());
    }

    /**
     * What the boundary gives, or {@code none} when it refuses: e.g. the customer removed the partner while its
     * record was open; the tables are shown again after any command, and the command's dialog says why.
     */
    static <T> T orNone(Supplier<T> call, T none) {
        try {
            return call.get();
        } catch (DomainException e) {
            return none;
        }
    }
}
