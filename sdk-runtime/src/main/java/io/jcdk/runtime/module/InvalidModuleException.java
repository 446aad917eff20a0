package io.jcdk.runtime.module;

import java.util.List;

/** A canister module that the IC would refuse; the message names every problem found. */
public class InvalidModuleException extends RuntimeException {
    private final List<String> problems;

    public InvalidModuleException(String problem) {
        this(List.of(problem));
    }

    public InvalidModuleException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    public InvalidModuleException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0) : String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
