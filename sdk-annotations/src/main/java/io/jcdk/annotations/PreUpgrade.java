package io.jcdk.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs on the old code before an upgrade ({@code canister_pre_upgrade}), before the {@link Stable} fields are
 * saved to stable memory. Takes no parameters. At most one method per canister.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PreUpgrade {
}
