package io.jcdk.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the class that is the canister. It needs a non-private no-argument constructor: the generated glue creates
 * one instance in {@code canister_init} and a fresh one in {@code canister_post_upgrade} (the heap does not survive
 * an upgrade).
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Canister {
    /** Schema version of the {@link Stable} state, written into the stable-memory header. */
    int version() default 1;
}
