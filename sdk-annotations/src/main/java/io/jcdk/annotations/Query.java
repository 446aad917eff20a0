package io.jcdk.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A query method ({@code canister_query <name>}): it may change state while it runs, but the changes are always
 * discarded.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Query {
    /** The Candid method name; defaults to the Java method name. */
    String name() default "";

    /**
     * Name of a method of the canister class that runs before this one, with no parameters and a {@code void}
     * result. If it throws {@code io.jcdk.canister.GuardRejection}, the call is rejected with its message and this
     * method does not run.
     */
    String guard() default "";
}
