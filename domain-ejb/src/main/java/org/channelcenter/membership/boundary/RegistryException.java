package org.channelcenter.membership.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.channelcenter.kernel.entity.DomainException;

/**
 * The registry refused a change for reasons a user can fix: one or more {@link RegistryProblem}s, each at its
 * field; {@link #reason()} is the first. Rolls the transaction back, so nothing of the refused change is written.
 */
@ApplicationException(rollback = true)
public class RegistryException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final List<RegistryProblem> problems;

    public RegistryException(List<RegistryProblem> problems) {
        super(first(problems), "registry refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public RegistryException(RegistryProblem problem) {
        this(List.of(problem));
    }

    private static RegistryProblem first(List<RegistryProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one problem");
        }
        return problems.get(0);
    }

    /** Every problem found, in the order the fields were checked. */
    public List<RegistryProblem> problems() {
        return problems;
    }
}
