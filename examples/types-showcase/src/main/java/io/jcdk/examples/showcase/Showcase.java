package io.jcdk.examples.showcase;

import io.jcdk.annotations.Canister;
import io.jcdk.annotations.Query;
import io.jcdk.annotations.Stable;
import io.jcdk.annotations.Unsigned;
import io.jcdk.annotations.Update;
import io.jcdk.examples.showcase.Types.Circle;
import io.jcdk.examples.showcase.Types.Page;
import io.jcdk.examples.showcase.Types.Profile;
import io.jcdk.examples.showcase.Types.Rect;
import io.jcdk.examples.showcase.Types.Role;
import io.jcdk.examples.showcase.Types.Settings;
import io.jcdk.examples.showcase.Types.Shape;
import io.jcdk.examples.showcase.Types.Stats;
import io.jcdk.examples.showcase.Types.Tree;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every Java type JCDK maps to Candid, as arguments, results and {@code @Stable} fields: records, enums, sealed
 * variants, lists, arrays, optionals, maps, blobs, big integers, nested, generic and recursive types, several
 * arguments and a tuple result.
 */
@Canister
public class Showcase {
    @Stable Map<String, Profile> profiles = new LinkedHashMap<>();
    @Stable List<Shape> shapes = new ArrayList<>();
    @Stable Tree tree = new Tree("root", new ArrayList<>());
    @Stable Settings settings = new Settings();
    @Stable BigInteger total = BigInteger.ZERO;
    @Stable @Nullable String lastNote;

    /** Stores a profile; returns the one it replaces. */
    @Update
    Optional<Profile> putProfile(Profile profile) {
        return Optional.ofNullable(profiles.put(profile.name(), profile));
    }

    @Query
    Optional<Profile> getProfile(String name) {
        return Optional.ofNullable(profiles.get(name));
    }

    /** Several arguments and a generic result. */
    @Query
    Page<Profile> listProfiles(@Unsigned int offset, @Unsigned int limit) {
        List<Profile> all = new ArrayList<>(profiles.values());
        int from = Math.min(offset, all.size());
        int to = Math.min(from + limit, all.size());
        return new Page<>(new ArrayList<>(all.subList(from, to)), all.size());
    }

    /** How many profiles carry each tag: a map. */
    @Query
    Map<String, @Unsigned Long> tagCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (Profile p : profiles.values()) {
            for (String t : p.tags()) {
                Long n = counts.get(t);
                counts.put(t, n == null ? 1L : n + 1);
            }
        }
        return counts;
    }

    @Query
    Role[] roles() {
        return Role.values();
    }

    /** Adds a shape; returns how many there are. */
    @Update
    @Unsigned
    long addShape(Shape shape) {
        shapes.add(shape);
        return shapes.size();
    }

    @Query
    List<Shape> shapes() {
        return shapes;
    }

    @Query
    double area(Shape shape) {
        if (shape instanceof Circle c) {
            return Math.PI * c.radius() * c.radius();
        }
        if (shape instanceof Rect r) {
            return r.width() * r.height();
        }
        return 0;
    }

    @Update
    void setTree(Tree tree) {
        this.tree = tree;
    }

    @Query
    Tree tree() {
        return tree;
    }

    /** The labels of the tree, depth first. */
    @Query
    List<String> labels() {
        List<String> out = new ArrayList<>();
        collect(tree, out);
        return out;
    }

    private static void collect(Tree t, List<String> out) {
        out.add(t.label());
        for (Tree c : t.children()) {
            collect(c, out);
        }
    }

    @Query
    byte[] reverse(byte[] data) {
        byte[] out = new byte[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = data[data.length - 1 - i];
        }
        return out;
    }

    /** Adds a nat to the running total, an int. */
    @Update
    BigInteger addToTotal(@Unsigned BigInteger amount) {
        total = total.add(amount);
        return total;
    }

    /** Several results: a {@code @CandidTuple} record. */
    @Query
    Stats stats() {
        return new Stats(profiles.size(), shapes.size(), total);
    }

    @Update
    Settings configure(Settings s) {
        settings = s;
        return s;
    }

    @Query
    Settings settings() {
        return settings;
    }

    @Update
    void note(@Nullable String note) {
        lastNote = note;
    }

    @Query
    @Nullable
    String lastNote() {
        return lastNote;
    }

    /** Several arguments of several kinds, and a record result built from them. */
    @Query
    Profile makeProfile(String name, @Unsigned byte age, List<String> tags, Optional<String> email, Role role) {
        return new Profile(name, age, tags, email, role, new byte[0]);
    }

    @Query
    Optional<Shape> largest() {
        Shape best = null;
        double bestArea = -1;
        for (Shape s : shapes) {
            double a = area(s);
            if (a > bestArea) {
                best = s;
                bestArea = a;
            }
        }
        return Optional.ofNullable(best);
    }
}
