package org.channelcenter.web.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.channelcenter.commerce.entity.CommerceRefusedException;
import org.channelcenter.directory.boundary.UserNameTakenException;
import org.channelcenter.kernel.entity.DomainException;
import org.junit.jupiter.api.Test;

/**
 * A boundary command run through {@link DomainMessages#attempt}: a refusal is shown at its field or where the page
 * says, a lost race at commit is the concurrent-change message, the boundary's Bean Validation the page's message
 * for the field it names, and anything else is not swallowed.
 */
class DomainMessagesTest {

    private final List<String> shown = new ArrayList<>();

    private final DomainMessages messages = new DomainMessages() {
        @Override
        public void show(DomainException refusal, String clientId) {
            shown.add(refusal.reason().messageKey() + " at " + clientId);
        }

        @Override
        public void errorAt(String clientId, String key, Object... arguments) {
            shown.add(key + " at " + clientId);
        }
    };

    private static DomainMessages.Command failing(RuntimeException failure) {
        return () -> {
            throw failure;
        };
    }

    @Test
    void aCommandThatSucceedsShowsNothing() {
        assertTrue(messages.attempt(() -> {}, "form:field"));
        assertEquals(List.of(), shown);
    }

    @Test
    void aRefusalIsShownWhereThePageSays() {
        CommerceRefusedException refusal = new CommerceRefusedException(CommerceRefusedException.Reason.NOT_FOUND);
        assertFalse(messages.attempt(failing(refusal), "endForm:endReason"));
        assertEquals(List.of(refusal.reason().messageKey() + " at endForm:endReason"), shown);
    }

    @Test
    void aRefusalOfANamedTypeIsShownAtItsField() {
        UserNameTakenException taken = new UserNameTakenException("ann@example");
        assertFalse(messages.attempt(failing(taken))
                .refusalAt(UserNameTakenException.class, "addUserForm:userName")
                .showingAt(null));
        CommerceRefusedException other = new CommerceRefusedException(CommerceRefusedException.Reason.NOT_FOUND);
        assertFalse(messages.attempt(failing(other))
                .refusalAt(UserNameTakenException.class, "addUserForm:userName")
                .showingAt(null));
        assertEquals(
                List.of(
                        taken.reason().messageKey() + " at addUserForm:userName",
                        other.reason().messageKey() + " at null"),
                shown);
    }

    @Test
    void aFieldRuleThatNamesNoFieldLeavesTheRefusalWhereThePageSays() {
        CommerceRefusedException refusal = new CommerceRefusedException(CommerceRefusedException.Reason.NOT_FOUND);
        messages.attempt(failing(refusal))
                .refusalAt(CommerceRefusedException.class, e -> null)
                .showingAt("top");
        assertEquals(List.of(refusal.reason().messageKey() + " at top"), shown);
    }

    @Test
    void aRaceLostAtCommitIsAConcurrentChange() {
        assertFalse(messages.attempt(failing(new EJBException(new OptimisticLockException("lost"))), "row:1"));
        assertEquals(List.of(DomainMessages.CONCURRENT_CHANGE + " at row:1"), shown);
    }

    @Test
    void theBoundarysBeanValidationIsThePagesMessageAtTheField() {
        EJBException invalid = new EJBException(new ConstraintViolationException(Set.of()));
        assertFalse(messages.attempt(failing(invalid))
                .invalidAt("form:email", "users.email.invalid")
                .showingAt(null));
        assertEquals(List.of("users.email.invalid at form:email"), shown);
    }

    /** Only a hand-made request gets past the page's checks (a field left out): refused as a whole, no error page. */
    @Test
    void beanValidationWhereThePageNamedNoFieldIsAnInvalidInputWhereThePageShowsRefusals() {
        EJBException invalid = new EJBException(new ConstraintViolationException(Set.of()));
        assertFalse(messages.attempt(failing(invalid), "form:save"));
        assertFalse(messages.attempt(failing(new ConstraintViolationException(Set.of())), null));
        assertEquals(
                List.of(DomainMessages.INVALID_INPUT + " at form:save", DomainMessages.INVALID_INPUT + " at null"),
                shown);
    }

    @Test
    void anythingElseIsNotSwallowed() {
        EJBException broken = new EJBException(new IllegalStateException("broken"));
        assertSame(broken, assertThrows(EJBException.class, () -> messages.attempt(failing(broken), null)));
        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(bug, assertThrows(IllegalStateException.class, () -> messages.attempt(failing(bug), null)));
        assertEquals(List.of(), shown);
    }
}
