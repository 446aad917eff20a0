package io.jcdk.maven.differential;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.Supplier;

/** Records, sealed types, enums, switches, lambdas, inner classes, Object methods, arrays, boxing. */
final class LanguageSnippets {
    record Point(int x, int y) {
    }

    record Measure(double value, float weight) {
    }

    record Named(String name, List<String> tags, long id, boolean flag, char c, byte b, short s) {
    }

    record Checked(int n) {
        Checked {
            if (n < 0) {
                throw new IllegalArgumentException("negative");
            }
        }
    }

    sealed interface Shape permits Circle, Square {
    }

    record Circle(double r) implements Shape {
    }

    record Square(double side) implements Shape {
    }

    enum Planet {
        MERCURY(3.303e+23), EARTH(5.976e+24) {
            @Override
            String describe() {
                return "home";
            }
        };

        final double mass;

        Planet(double mass) {
            this.mass = mass;
        }

        String describe() {
            return name().toLowerCase() + ordinal();
        }
    }

    static int counter;
    static Object nothing = null;
    static double nan = Double.NaN;

    static final class Plain {
    }

    static int sideEffect() {
        return ++counter;
    }

    private LanguageSnippets() {
    }

    static String area(Shape s) {
        if (s instanceof Circle c) {
            return "circle " + (c.r() * c.r());
        } else if (s instanceof Square q && q.side() > 0) {
            return "square " + q.side() * q.side();
        }
        return "empty";
    }

    static void add(Snippets s) {
        s.add("record: toString, equals, hashCode", () -> new Point(1, -2) + " " + new Point(1, 2).equals(
                new Point(1, 2)) + " " + new Point(1, 2).hashCode() + " " + new Point(1, 2).equals(null));
        s.add("record: equals with NaN field", () -> new Measure(nan, 1f).equals(new Measure(nan, 1f)));
        s.add("record: equals with -0.0 field", () -> new Measure(0.0, 1f).equals(new Measure(-0.0, 1f)));
        s.add("record: equals with float NaN and -0.0f", () -> new Measure(1, Float.NaN).equals(new Measure(1,
                Float.NaN)) + " " + new Measure(1, 0f).equals(new Measure(1, -0f)));
        s.add("record: hashCode with double fields", () -> new Measure(1.5, 2.5f).hashCode() + " "
                + new Measure(-0.0, 0f).hashCode() + " " + new Measure(nan, Float.NaN).hashCode());
        s.add("record: toString with double fields", () -> new Measure(-0.0, Float.NaN).toString());
        s.add("record: many field types", () -> {
            Named a = new Named("n", List.of("t"), 5L, true, 'c', (byte) -1, (short) 300);
            Named b = new Named("n", List.of("t"), 5L, true, 'c', (byte) -1, (short) 300);
            return a + " " + a.equals(b) + " " + (a.hashCode() == b.hashCode()) + " " + a.hashCode();
        });
        s.add("record: null component", () -> new Named(null, null, 0, false, 'x', (byte) 0, (short) 0).hashCode()
                + " " + new Named(null, null, 0, false, 'x', (byte) 0, (short) 0));
        s.add("record: compact constructor check", () -> new Checked(-1));
        s.add("sealed: instanceof patterns", () -> area(new Circle(2)) + " " + area(new Square(3)) + " "
                + area(new Square(-1)));
        s.add("enum: values, valueOf, ordinal, body", () -> List.of(Planet.values()) + " " + Planet.valueOf("EARTH")
                .describe() + " " + Planet.MERCURY.describe() + " " + Planet.EARTH.compareTo(Planet.MERCURY) + " "
                + Planet.EARTH.getDeclaringClass().getSimpleName() + " " + Planet.MERCURY.mass);
        s.add("enum: valueOf unknown", () -> Planet.valueOf("PLUTO"));
        s.add("switch: strings and enums", () -> {
            StringBuilder sb = new StringBuilder();
            for (String k : new String[] {"a", "Aa", "BB", "zz"}) {
                switch (k) {
                    case "a" -> sb.append(1);
                    case "Aa" -> sb.append(2);
                    case "BB" -> sb.append(3);
                    default -> sb.append(0);
                }
            }
            for (Planet p : Planet.values()) {
                sb.append(switch (p) {
                    case MERCURY -> "m";
                    case EARTH -> "e";
                });
            }
            return sb;
        });
        s.add("switch: sparse ints", () -> {
            int total = 0;
            for (int i : new int[] {-1000000, 0, 7, 1 << 30, Integer.MIN_VALUE}) {
                total += switch (i) {
                    case -1000000 -> 1;
                    case 7 -> 10;
                    case 1 << 30 -> 100;
                    case Integer.MIN_VALUE -> 1000;
                    default -> 10000;
                };
            }
            return total;
        });
        s.add("lambda: capture and method refs", () -> {
            int base = 10;
            Function<Integer, Integer> f = x -> x + base;
            Function<Integer, Integer> g = f.andThen(x -> x * 2).compose(x -> x - 1);
            Supplier<List<String>> sup = ArrayList::new;
            IntBinaryOperator op = Math::max;
            return g.apply(5) + " " + sup.get() + " " + op.applyAsInt(3, 9) + " " + Function.identity().apply("i");
        });
        s.add("anonymous and local classes", () -> {
            class Local {
                int v = 3;
            }
            Object anon = new Object() {
                @Override
                public String toString() {
                    return "anon";
                }
            };
            return new Local().v + " " + anon;
        });
        s.add("Object: default toString shape", () -> {
            String t = new Plain().toString();
            return t.substring(0, t.indexOf('@') + 1) + " " + (new Plain().hashCode() != 0 || true);
        });
        s.add("Class: names", () -> Plain.class.getName() + " " + Plain.class.getSimpleName() + " "
                + int[].class.getName() + " " + String[].class.getSimpleName());
        s.add("Class: isInstance, cast", () -> Number.class.isInstance(3) + " " + CharSequence.class.cast("x"));
        s.add("Class: bad cast", () -> (Object) Integer.class.cast("x"));
        s.add("cast: ClassCastException", () -> {
            Object o = "s";
            return (Integer) o;
        });
        s.add("array: store of wrong type", () -> {
            Object[] a = new String[1];
            a[0] = 1;
            return a[0];
        });
        s.add("array: index out of bounds", () -> new int[2][3]);
        s.add("array: negative index", () -> new int[2][-1]);
        s.add("array: multi-dimensional", () -> {
            int[][] m = new int[3][4];
            m[2][3] = 5;
            long[][][] c = new long[2][0][1];
            return m[2][3] + " " + m.length + " " + m[0].length + " " + c[1].length + " " + java.util.Arrays
                    .deepToString(new int[][] {{1}, {2, 3}});
        });
        s.add("array: clone and equality", () -> {
            int[] a = {1, 2};
            int[] b = a.clone();
            b[0] = 9;
            return a[0] + " " + (a == b) + " " + a.equals(b);
        });
        s.add("boxing: identity and equals", () -> {
            Integer a = 127;
            Integer b = 127;
            Long l = 5L;
            return (a == b) + " " + l.equals(5) + " " + l.equals(5L) + " " + Objects.equals(null, null) + " "
                    + Objects.hash(1, "a", null) + " " + Objects.hashCode(null);
        });
        s.add("unboxing null", () -> {
            Integer n = (Integer) nothing;
            return n + 1;
        });
        s.add("null dereference", () -> nothing.toString());
        s.add("Objects: requireNonNull", () -> Objects.requireNonNull(nothing, "msg"));
        s.add("Objects: checkIndex", () -> Objects.checkIndex(5, 3));
        s.add("Objects: toString, compare", () -> Objects.toString(null, "dflt") + " " + Objects.compare("a", "b",
                String::compareTo) + " " + Objects.requireNonNullElse(null, "e") + " " + Objects.isNull(null));
        s.add("evaluation order", () -> {
            counter = 0;
            int[] a = new int[5];
            a[sideEffect()] = sideEffect() * 10 + sideEffect();
            int x = sideEffect() + sideEffect() * sideEffect();
            return java.util.Arrays.toString(a) + " " + x;
        });
        s.add("compound assignment narrowing", () -> {
            byte b = 10;
            b += 300;
            short sh = 1;
            sh *= 40000;
            char c = 'a';
            c += 1;
            int i = 5;
            i += 3.7;
            i -= -0.5;
            long l = 1;
            l <<= 70;
            return b + " " + sh + " " + c + " " + i + " " + l;
        });
        s.add("increment semantics", () -> {
            int i = 5;
            i = i++ + ++i;
            int j = 0;
            j += j++ + j;
            return i + " " + j;
        });
        s.add("ternary numeric promotion", () -> {
            boolean t = counter >= 0;
            Object o = t ? 1 : 2.0;
            Object p = t ? (Integer) null : 0;
            return o;
        });
        s.add("labeled break and continue", () -> {
            StringBuilder sb = new StringBuilder();
            outer:
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    if (j == 2) {
                        continue outer;
                    }
                    if (i == 3) {
                        break outer;
                    }
                    sb.append(i).append(j).append(' ');
                }
            }
            return sb;
        });
        s.add("interface default and static methods", () -> {
            interface Greeter {
                String name();

                default String greet() {
                    return "hi " + name();
                }
            }
            Greeter g = () -> "bob";
            return g.greet();
        });
        s.add("varargs", () -> String.join("/", varargs()) + "|" + String.join("/", varargs("a", "b")));
        s.add("static nested generic", () -> {
            List<? extends Number> l = List.of(1, 2.5, 3L);
            double sum = 0;
            for (Number n : l) {
                sum += n.doubleValue();
            }
            return sum + " " + l.get(1).intValue() + " " + l.get(2).getClass().getSimpleName();
        });
        s.add("string switch on hash collision", () -> {
            String k = "Aa".hashCode() == "BB".hashCode() ? "BB" : "?";
            switch (k) {
                case "Aa":
                    return "Aa";
                case "BB":
                    return "BB";
                default:
                    return "none";
            }
        });
        s.add("deep recursion (2000 frames)", () -> depth(2000));
        s.add("instanceof with generics and arrays", () -> {
            Object o = new int[0];
            Object p = new String[0];
            return (o instanceof int[]) + " " + (p instanceof Object[]) + " " + (p instanceof CharSequence[]) + " "
                    + (o instanceof Object[]);
        });
    }

    static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    static String[] varargs(String... parts) {
        return parts;
    }
}
