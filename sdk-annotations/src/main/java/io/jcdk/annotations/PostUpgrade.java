package io.jcdk.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs on the new code after an upgrade ({@code canister_post_upgrade}), after the {@link Stable} fields have been
 * restored. Its parameters are the upgrade argument, decoded from Candid. At most one method per canister.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface PostUpgrade {
}
