package org.channelcenter.dashboard.boundary;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The enrollment applications by state (every state, zero included, in {@code EnrollmentStatus} order) and the
 * applications waiting for a reviewer by how long they have waited, in the order of {@link #AGES}.
 */
public record ApplicationFigures(Map<String, Long> byState, List<Long> waitingByAge) implements Serializable {

    /** The age groups' names (the page labels them): under a day, 1 to 7 days, 7 to 30 days, over 30 days. */
    public static final List<String> AGES =
            List.of("underOneDay", "oneToSevenDays", "sevenToThirtyDays", "overThirtyDays");

    /** The groups' lower bounds in days; the last group is open-ended. */
    static final int[] AGE_FROM_DAYS = {0, 1, 7, 30};

    public ApplicationFigures {
        byState = Collections.unmodifiableMap(new LinkedHashMap<>(byState));
        waitingByAge = List.copyOf(waitingByAge);
    }
}
