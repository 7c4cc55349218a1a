package org.channelcenter.membership.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The registry refused a change for reasons a user can fix. Rolls the transaction back, so nothing of the
 * refused change is written.
 */
@ApplicationException(rollback = true)
public class RegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<RegistryProblem> problems;

    public RegistryException(List<RegistryProblem> problems) {
        super("registry refused: " + problems);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public RegistryException(RegistryProblem problem) {
        this(List.of(problem));
    }

    public List<RegistryProblem> problems() {
        return problems;
    }
}
