package io.jcdk.processor.model;

import java.util.List;

/** A user hook ({@code @Init}, {@code @PreUpgrade}, {@code @PostUpgrade}): its Java name and parameters. */
public record LifecycleMethod(String javaName, List<Param> params) {
    public LifecycleMethod {
        params = List.copyOf(params);
    }
}
