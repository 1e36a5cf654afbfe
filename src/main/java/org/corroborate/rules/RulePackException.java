package org.corroborate.rules;

import java.util.List;
import java.util.stream.Collectors;

import org.corroborate.api.CorroborateException;

/** The rule packs are invalid: every problem found, each with its file and line. */
public final class RulePackException extends CorroborateException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public RulePackException(List<Problem> problems) {
        super("invalid-rules", problems.size() + " problem(s) in the rule packs:\n"
                + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")), null);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
