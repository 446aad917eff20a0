package io.jcdk.maven.teavm;

/**
 * The class-library methods whose bodies JCDK supplies, because TeaVM 0.13.1 lacks them (a missing method is a
 * build error) or computes something other than the JVM does. Each entry names the JDK method by class and
 * descriptor and the static method in {@code sdk-canister} that implements it; the differential suite
 * ({@code io.jcdk.maven.differential}) checks the result against the JVM.
 */
public final class ClassLibraryPatches {
    static final String JDK = "io.jcdk.canister.internal.jdk.";
    static final String THROWABLES = JDK + "Throwables";
    private static final String NUMBERS = JDK + "Numbers";
    private static final String STRINGS = JDK + "Strings";
    private static final String FLOATING = JDK + "FloatingText";
    private static final String FORMATS = JDK + "Formats";
    private static final String CONTAINERS = JDK + "Containers";
    private static final String CHARACTERS = JDK + "Characters";
    private static final String KEPT_UTF8 = "io.jcdk.canister.internal.KeptUtf8";
    private static final String FDLIBM = HostImportTable.FDLIBM_CLASS;
    private static final String EXACT = HostImportTable.EXACT_MATH_CLASS;

    private ClassLibraryPatches() {
    }

    static void register() {
        // java.lang.Math: StrictMath delegates to Math in TeaVM, so these fix both.
        for (String f : new String[] {"log10", "cbrt", "expm1", "log1p", "sinh", "cosh", "tanh"}) {
            replaceStatic("java.lang.Math", f + "(D)D", FDLIBM, f);
        }
        for (String f : new String[] {"pow", "hypot", "IEEEremainder", "atan2"}) {
            replaceStatic("java.lang.Math", f + "(DD)D", FDLIBM, f);
        }
        replaceStatic("java.lang.Math", "rint(D)D", EXACT, "rint");
        replaceStatic("java.lang.Math", "ulp(D)D", EXACT, "ulp");
        replaceStatic("java.lang.Math", "round(D)J", EXACT, "round");
        replaceStatic("java.lang.Math", "round(F)I", EXACT, "round");

        String arithmetic = JavaSemanticsTransformer.ARITHMETIC;
        replaceStatic("java.lang.Integer", "divideUnsigned(II)I", arithmetic, "divideUnsigned");
        replaceStatic("java.lang.Integer", "remainderUnsigned(II)I", arithmetic, "remainderUnsigned");
        replaceStatic("java.lang.Long", "divideUnsigned(JJ)J", arithmetic, "divideUnsigned");
        replaceStatic("java.lang.Long", "remainderUnsigned(JJ)J", arithmetic, "remainderUnsigned");

        addStatic("java.lang.Integer", "sum(II)I", NUMBERS, "sum");
        addStatic("java.lang.Long", "sum(JJ)J", NUMBERS, "sum");
        addStatic("java.lang.Integer", "toUnsignedLong(I)J", NUMBERS, "toUnsignedLong");
        addStatic("java.lang.Long", "parseUnsignedLong(Ljava/lang/String;)J", NUMBERS, "parseUnsignedLong");
        addStatic("java.lang.Long", "parseUnsignedLong(Ljava/lang/String;I)J", NUMBERS, "parseUnsignedLong");

        addStatic("java.lang.Long", "max(JJ)J", NUMBERS, "max");
        addStatic("java.lang.Long", "min(JJ)J", NUMBERS, "min");
        addStatic("java.lang.Double", "sum(DD)D", NUMBERS, "sum");
        addStatic("java.lang.Double", "max(DD)D", NUMBERS, "max");
        addStatic("java.lang.Double", "min(DD)D", NUMBERS, "min");
        addStatic("java.lang.Float", "sum(FF)F", NUMBERS, "sum");
        addStatic("java.lang.Float", "max(FF)F", NUMBERS, "max");
        addStatic("java.lang.Float", "min(FF)F", NUMBERS, "min");
        addStatic("java.lang.Math", "multiplyHigh(JJ)J", NUMBERS, "multiplyHigh");
        addStatic("java.lang.StrictMath", "multiplyHigh(JJ)J", NUMBERS, "multiplyHigh");
        addStatic("java.lang.Integer", "parseUnsignedInt(Ljava/lang/String;)I", NUMBERS, "parseUnsignedInt");
        addStatic("java.lang.Integer", "parseUnsignedInt(Ljava/lang/String;I)I", NUMBERS, "parseUnsignedInt");
        addInstance("java.lang.String", "indent(I)Ljava/lang/String;", STRINGS, "indent");

        // Double/float <-> text. TeaVM's Double/Float.toString and String.valueOf go through
        // StringBuilder.append, and string concatenation compiles to StringBuilder.append too; the builders' append
        // and insert are the only callers of AbstractStringBuilder's digit generation, which becomes unreachable.
        replaceStatic("java.lang.Double", "parseDouble(Ljava/lang/String;)D", FLOATING, "parseDouble");
        replaceStatic("java.lang.Float", "parseFloat(Ljava/lang/String;)F", FLOATING, "parseFloat");
        replaceStatic("java.lang.Double", "toString(D)Ljava/lang/String;", FLOATING, "toString");
        replaceStatic("java.lang.Float", "toString(F)Ljava/lang/String;", FLOATING, "toString");
        replaceStatic("java.lang.String", "valueOf(D)Ljava/lang/String;", FLOATING, "toString");
        replaceStatic("java.lang.String", "valueOf(F)Ljava/lang/String;", FLOATING, "toString");
        for (String builder : new String[] {"java.lang.StringBuilder", "java.lang.StringBuffer"}) {
            String self = "L" + builder.replace('.', '/') + ";";
            replaceInstance(builder, "append(D)" + self, FLOATING, "append");
            replaceInstance(builder, "append(F)" + self, FLOATING, "append");
            replaceInstance(builder, "insert(ID)" + self, FLOATING, "insert");
            replaceInstance(builder, "insert(IF)" + self, FLOATING, "insert");
        }

        replaceInstance("java.lang.String", "intern()Ljava/lang/String;", STRINGS, "intern");
        replaceInstance("java.lang.String", "isBlank()Z", STRINGS, "isBlank");
        replaceInstance("java.lang.String", "toUpperCase()Ljava/lang/String;", STRINGS, "toUpperCase");
        replaceInstance("java.lang.String", "toUpperCase(Ljava/util/Locale;)Ljava/lang/String;", STRINGS,
                "toUpperCase");
        replaceInstance("java.lang.String", "toLowerCase()Ljava/lang/String;", STRINGS, "toLowerCase");
        replaceInstance("java.lang.String", "toLowerCase(Ljava/util/Locale;)Ljava/lang/String;", STRINGS,
                "toLowerCase");
        replaceInstance("java.lang.String", "codePoints()Ljava/util/stream/IntStream;", STRINGS, "codePoints");
        replaceInstance("java.lang.String", "codePointCount(II)I", STRINGS, "codePointCount");
        addInstance("java.lang.String", "lines()Ljava/util/stream/Stream;", STRINGS, "lines");
        // The Candid decoder's Strings take their char arrays instead of copying them (TeaVM's package-private
        // String.fromArray; the decoder never touches an array it gave away).
        replaceStatic("io.jcdk.candid.Utf8", "adopt([C)Ljava/lang/String;", "java.lang.String", "fromArray");
        // ... and the writer and String methods read a String's chars in place (an accessor HostImportTransformer
        // adds to String).
        replaceStatic("io.jcdk.canister.internal.Mem", "chars(Ljava/lang/String;)[C", "java.lang.String",
                HostImportTransformer.CHARACTERS_ACCESSOR);
        // ... and a long decoded String keeps its UTF-8, which the writer copies (a field HostImportTransformer adds).
        replaceStatic(KEPT_UTF8, "field(Ljava/lang/String;)[B", "java.lang.String", HostImportTransformer.UTF8_GETTER);
        replaceStatic(KEPT_UTF8, "heapStart()Lorg/teavm/interop/Address;", "org.teavm.runtime.GC", "heapAddress");
        replaceStatic(KEPT_UTF8, "keep(Ljava/lang/String;[B)V", "java.lang.String", HostImportTransformer.UTF8_SETTER);
        replaceStatic(KEPT_UTF8, "setCharacters(Ljava/lang/String;[C)V", "java.lang.String",
                HostImportTransformer.SET_CHARACTERS);
        // TeaVM's Formatter lacks %e %g %a %n, rounds %f otherwise, and throws other exceptions: all formatting
        // goes through JCDK's (TeaVM's String.format and PrintStream.printf call Formatter.format).
        replaceStatic("java.lang.String", "format(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;", FORMATS,
                "format");
        replaceStatic("java.lang.String",
                "format(Ljava/util/Locale;Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;", FORMATS, "format");
        replaceInstance("java.lang.String", "formatted([Ljava/lang/Object;)Ljava/lang/String;", FORMATS, "formatted");
        replaceInstance("java.util.Formatter",
                "format(Ljava/util/Locale;Ljava/lang/String;[Ljava/lang/Object;)Ljava/util/Formatter;", FORMATS,
                "format");
        for (String e : new String[] {"UnknownFormatConversion", "IllegalFormatConversion",
            "FormatFlagsConversionMismatch", "IllegalFormatFlags", "DuplicateFormatFlags", "IllegalFormatPrecision",
            "MissingFormatWidth", "IllegalFormatCodePoint"}) {
            addInstance("java.util." + e + "Exception", "getMessage()Ljava/lang/String;", FORMATS, "message");
        }
        // java.lang: the JDK's exception type and message for a bad substring; surrogate pairs kept by reverse();
        // Unicode digits, numeric values and title case; parseInt/parseLong with those digits and the JDK's
        // messages; BigInteger/BigDecimal hash codes.
        check("java.lang.String", "substring(I)Ljava/lang/String;", STRINGS, "checkSubstring");
        check("java.lang.String", "substring(II)Ljava/lang/String;", STRINGS, "checkSubstring");
        replaceInstance("java.lang.StringBuilder", "reverse()Ljava/lang/StringBuilder;", STRINGS, "reverse");
        replaceInstance("java.lang.StringBuffer", "reverse()Ljava/lang/StringBuffer;", STRINGS, "reverse");
        for (String c : new String[] {"C", "I"}) {
            replaceStatic("java.lang.Character", "digit(" + c + "I)" + "I", CHARACTERS, "digit");
            replaceStatic("java.lang.Character", "getNumericValue(" + c + ")I", CHARACTERS, "getNumericValue");
            replaceStatic("java.lang.Character", "toTitleCase(" + c + ")" + c, CHARACTERS, "toTitleCase");
        }
        replaceStatic("java.lang.Integer", "parseInt(Ljava/lang/String;I)I", NUMBERS, "parseInt");
        replaceStatic("java.lang.Integer", "parseInt(Ljava/lang/String;)I", NUMBERS, "parseInt");
        replaceStatic("java.lang.Long", "parseLong(Ljava/lang/String;I)J", NUMBERS, "parseLong");
        replaceStatic("java.lang.Long", "parseLong(Ljava/lang/String;)J", NUMBERS, "parseLong");
        replaceInstance("java.math.BigInteger", "hashCode()I", NUMBERS, "hashCode");
        replaceInstance("java.math.BigDecimal", "hashCode()I", NUMBERS, "hashCode");
        replaceInstance("java.math.BigInteger", "doubleValue()D", NUMBERS, "doubleValue");

        // java.util: Map.of's duplicate keys, copyOfRange past the end, toString of Optional and the statistics.
        check("java.util.Map", "of(Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;Ljava/lang/Object;)"
                + "Ljava/util/Map;", CONTAINERS, "requireDistinct");
        // the larger Map.of and Map.ofEntries: TeaVM's map checks, but throws without the JDK's message
        check("java.util.TemplateCollections$NEtriesMap", "<init>([Ljava/util/Map$Entry;)V", CONTAINERS,
                "requireDistinctKeys");
        for (String t : new String[] {"I", "J", "B", "S", "C", "F", "D", "Z", "Ljava/lang/Object;"}) {
            replaceStatic("java.util.Arrays", "copyOfRange([" + t + "II)[" + t, CONTAINERS, "copyOfRange");
        }
        for (String c : new String[] {"Optional", "OptionalInt", "OptionalLong", "OptionalDouble",
            "IntSummaryStatistics", "LongSummaryStatistics", "DoubleSummaryStatistics"}) {
            replaceInstance("java.util." + c, "toString()Ljava/lang/String;", CONTAINERS, "toString");
        }
        // Size: TeaVM encodes through java.nio's CharsetEncoder (about 17 KB, reachable from Ic.print).
        replaceInstance("java.lang.String", "getBytes(Ljava/nio/charset/Charset;)[B", JDK + "Utf8Bytes", "getBytes");
    }

    private static void replaceStatic(String cls, String descriptor, String owner, String method) {
        HostImportTable.patch(new HostImportTable.BodyPatch(cls, descriptor,
                new HostImportTable.Target(owner, method), true, false));
    }

    private static void replaceInstance(String cls, String descriptor, String owner, String method) {
        HostImportTable.patch(new HostImportTable.BodyPatch(cls, descriptor,
                new HostImportTable.Target(owner, method), false, false));
    }

    private static void addStatic(String cls, String descriptor, String owner, String method) {
        HostImportTable.patch(new HostImportTable.BodyPatch(cls, descriptor,
                new HostImportTable.Target(owner, method), true, true));
    }

    private static void check(String cls, String descriptor, String owner, String method) {
        HostImportTable.check(new HostImportTable.BodyPatch(cls, descriptor,
                new HostImportTable.Target(owner, method), false, false));
    }

    private static void addInstance(String cls, String descriptor, String owner, String method) {
        HostImportTable.patch(new HostImportTable.BodyPatch(cls, descriptor,
                new HostImportTable.Target(owner, method), false, true));
    }
}
