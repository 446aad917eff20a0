package io.jcdk.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of the canister class that survives upgrades: the generated {@code canister_pre_upgrade} writes it to
 * stable memory (after the user's {@link PreUpgrade} method) and {@code canister_post_upgrade} reads it back
 * (before the user's {@link PostUpgrade} method). Fields without this annotation start afresh after an upgrade.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Stable {
}
