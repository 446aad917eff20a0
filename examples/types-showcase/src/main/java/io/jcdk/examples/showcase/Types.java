package io.jcdk.examples.showcase;

import io.jcdk.annotations.CandidName;
import io.jcdk.annotations.CandidTuple;
import io.jcdk.annotations.Unsigned;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/** The Java types of the showcase: each becomes a named type in {@code types-showcase.did}. */
public final class Types {
    private Types() {
    }

    /** A record: {@code record { name : text; age : nat8; ... }}. */
    public record Profile(String name, @Unsigned byte age, List<String> tags, Optional<String> email, Role role,
            @CandidName("avatar") byte[] picture) {
    }

    /** An enum: a variant without payloads; {@code @CandidName} renames a case. */
    public enum Role {
        ADMIN, @CandidName("member") MEMBER, GUEST
    }

    /** A sealed interface of records: a variant whose cases carry the records. */
    public sealed interface Shape permits Circle, Rect, Dot {
    }

    public record Circle(double radius) implements Shape {
    }

    @CandidName("rectangle")
    public record Rect(double width, double height) implements Shape {
    }

    /** A record without components: a case without payload. */
    public record Dot() implements Shape {
    }

    /** A recursive type: expressed by name in the .did. */
    public record Tree(String label, List<Tree> children) {
    }

    /** A generic record, named {@code Page_Profile} for {@code Page<Profile>}. */
    public record Page<T>(List<T> items, @Unsigned long total) {
    }

    /** A tuple; as a method result it gives the method several results. */
    @CandidTuple
    public record Stats(@Unsigned long profiles, @Unsigned long shapes, BigInteger total) {
    }

    /** A class: a record of its non-private, non-static, non-transient fields. */
    public static class Settings {
        public String theme = "light";
        public @Unsigned int fontSize = 12;
        public @Nullable String motto;
        public transient int readCount;
    }
}
