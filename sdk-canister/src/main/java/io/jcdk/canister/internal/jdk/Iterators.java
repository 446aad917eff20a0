package io.jcdk.canister.internal.jdk;

import java.util.NoSuchElementException;

/** Iterator rules TeaVM's class library skips. */
public final class Iterators {
    private Iterators() {
    }

    /**
     * Called first in {@code AbstractList}'s iterator {@code next()} (so {@code ArrayList}'s): past the end the JDK
     * throws NoSuchElementException, where TeaVM's {@code get(size)} threw IndexOutOfBoundsException.
     */
    public static void requireNext(boolean hasNext) {
        if (!hasNext) {
            throw new NoSuchElementException();
        }
    }
}
