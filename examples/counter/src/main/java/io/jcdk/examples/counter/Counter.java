package io.jcdk.examples.counter;

import io.jcdk.annotations.Canister;
import io.jcdk.annotations.Init;
import io.jcdk.annotations.PostUpgrade;
import io.jcdk.annotations.PreUpgrade;
import io.jcdk.annotations.Query;
import io.jcdk.annotations.Stable;
import io.jcdk.annotations.Unsigned;
import io.jcdk.annotations.Update;
import io.jcdk.canister.GuardRejection;
import io.jcdk.canister.Ic;
import io.jcdk.canister.Principal;

/**
 * A counter that only its owner may increment. {@code count}, {@code owner} and {@code greeting} are
 * {@link Stable}: they survive an upgrade. {@code callsSinceUpgrade} is an ordinary field: an upgrade discards the
 * heap, so it starts again at zero.
 */
@Canister
public class Counter {
    @Stable
    @Unsigned
    long count;

    @Stable
    Principal owner;

    @Stable
    String greeting = "Hello";

    @Unsigned
    long callsSinceUpgrade;

    /** The installer owns the counter unless the install argument names another owner. */
    @Init
    void init(String greeting) {
        this.owner = Ic.caller();
        if (!greeting.isEmpty()) {
            this.greeting = greeting;
        }
    }

    @Update(guard = "callerIsOwner")
    @Unsigned
    long inc() {
        callsSinceUpgrade++;
        return ++count;
    }

    @Update(guard = "callerIsOwner")
    @Unsigned
    long add(@Unsigned long amount) {
        callsSinceUpgrade++;
        count += amount;
        return count;
    }

    @Query
    @Unsigned
    long get() {
        return count;
    }

    @Query(name = "calls_since_upgrade")
    @Unsigned
    long callsSinceUpgrade() {
        return callsSinceUpgrade;
    }

    @Update(name = "set_greeting", guard = "callerIsOwner")
    void setGreeting(String greeting) {
        callsSinceUpgrade++;
        this.greeting = greeting;
    }

    @Query
    String greet(String name) {
        return greeting + ", " + name + "! The count is " + count + ".";
    }

    @Query
    Principal owner() {
        return owner;
    }

    @PreUpgrade
    void beforeUpgrade() {
        Ic.print("pre_upgrade: saving count " + count + " (" + callsSinceUpgrade + " calls since the last upgrade)");
    }

    @PostUpgrade
    void afterUpgrade() {
        Ic.print("post_upgrade: restored count " + count + ", owner " + owner);
    }

    void callerIsOwner() {
        Principal caller = Ic.caller();
        if (!caller.equals(owner)) {
            throw new GuardRejection("only the owner " + owner + " may change the counter, not " + caller);
        }
    }
}
