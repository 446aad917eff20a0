package io.jcdk.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a Java integer type map to Candid's unsigned type of the same width: {@code byte} to {@code nat8},
 * {@code short} to {@code nat16}, {@code int} to {@code nat32}, {@code long} to {@code nat64},
 * {@code BigInteger} to {@code nat}. Without it they map to {@code int8} ... {@code int64} and {@code int}.
 * The Java value holds the same bits: a {@code nat64} above {@code Long.MAX_VALUE} is a negative {@code long}.
 * On a method it applies to the result.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
public @interface Unsigned {
}
