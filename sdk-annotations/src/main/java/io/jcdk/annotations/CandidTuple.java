package io.jcdk.annotations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a Java record a Candid tuple: its components, in declaration order, become the unnamed fields
 * {@code 0, 1, ...}, so {@code @CandidTuple record Pair(String name, long count)} maps to
 * {@code record { text; int64 }}.
 *
 * <p>As the result type of an {@code @Update} or {@code @Query} method, a {@code @CandidTuple} record gives the
 * method several Candid results, one per component: {@code Pair stats()} is {@code stats : () -> (text, int64)}.
 * (Several arguments need nothing special: they are the Java method's parameters.)
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CandidTuple {
}
