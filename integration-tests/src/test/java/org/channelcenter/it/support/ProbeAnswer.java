package org.channelcenter.it.support;

import java.util.Map;

/**
 * What a probe answered, written as JSON by the probe servlet ({@link JsonAnswers}) and read back into this record
 * by the test: the {@code outcome} (ok, refused, denied, or a probe's own outcome such as a refusal reason), the
 * domain's {@code reason} of a refusal (empty otherwise), and the op's values by name.
 */
public record ProbeAnswer(String outcome, String reason, Map<String, String> values) {

    public static final String OK = "ok";

    public boolean ok() {
        return OK.equals(outcome);
    }

    /** The op's value of that name; null when the op answered none. */
    public String value(String name) {
        return values == null ? null : values.get(name);
    }

    /** The op's value of that name, or {@code otherwise} when the op answered none. */
    public String value(String name, String otherwise) {
        String value = value(name);
        return value == null ? otherwise : value;
    }
}
