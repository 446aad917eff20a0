package io.jcdk.maven.teavm;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which Java method replaces each host function that TeaVM's Wasm output would import. The targets are static
 * methods of {@code io.jcdk.canister.internal.TeaVmHost} with the same parameter and result types as the native
 * method they replace. Imports that are not listed stay imports, and the module validator then fails the build
 * naming them, with the hint given here.
 */
public final class HostImportTable {
    public static final String HOST_CLASS = "io.jcdk.canister.internal.TeaVmHost";
    public static final String EXACT_MATH_CLASS = "io.jcdk.canister.internal.ExactMath";
    public static final String FDLIBM_CLASS = "io.jcdk.canister.internal.math.FdLibm";

    /** A replacement: a static method of {@code owner}. */
    public record Target(String owner, String method) {
    }

    /**
     * A class-library method whose body JCDK supplies: a call to the static method {@code owner.method}, which
     * takes the receiver first for an instance method. {@code add} says the method may be missing from TeaVM's
     * class library, and is then added ({@code isStatic} says which kind to add).
     */
    public record BodyPatch(String className, String descriptor, Target target, boolean isStatic, boolean add) {
    }

    private static final Map<String, Target> TARGETS = new LinkedHashMap<>();
    private static final Map<String, Target> METHOD_BODIES = new LinkedHashMap<>();
    private static final Map<String, java.util.List<BodyPatch>> PATCHES_BY_CLASS = new LinkedHashMap<>();
    private static final Map<String, java.util.List<BodyPatch>> CHECKS_BY_CLASS = new LinkedHashMap<>();
    private static final Map<String, String> HINTS = new LinkedHashMap<>();

    static {
        host("teavm.putwcharsOut", "putCharsStdout");
        host("teavm.putwcharsErr", "putCharsStderr");
        host("teavm.currentTimeMillis", "currentTimeMillis");
        host("teavm.nanoTime", "nanoTimeMillis");
        host("teavm.logString", "logString");
        host("teavm.logInt", "logInt");
        host("teavm.logOutOfMemory", "logOutOfMemory");
        host("teavmHeapTrace.init", "initHeapTrace");
        host("teavm.getNativeOffset", "timeZoneOffset");
        host("spectest.print", "logInt");
        exact("teavm.isnan", "isNaN");
        exact("teavm.isinf", "isInfinite");
        exact("teavm.isfinite", "isFinite");
        exact("teavmMath.sqrt", "sqrt");
        exact("teavmMath.floor", "floor");
        exact("teavmMath.ceil", "ceil");
        host("teavmMath.random", "random");
        for (String f : new String[] {"sin", "cos", "tan", "asin", "acos", "atan", "exp", "log"}) {
            TARGETS.put("teavmMath." + f, new Target(FDLIBM_CLASS, f));
        }
        TARGETS.put("teavmMath.pow", new Target(FDLIBM_CLASS, "pow"));
        TARGETS.put("teavmMath.atan2", new Target(FDLIBM_CLASS, "atan2"));
        ClassLibraryPatches.register();
        // TeaVM's System.nanoTime multiplies a millisecond double by 10^6 and loses the low bits of the IC's time.
        METHOD_BODIES.put("java.lang.System.nanoTime()J", new Target(HOST_CLASS, "nanoTime"));
        HINTS.put("teavmDate", "java.util.Date's calendar methods need a JavaScript host; use Ic.time() (nanoseconds"
                + " since the epoch) and java.time arithmetic instead");
        HINTS.put("teavm", "a TeaVM runtime function with no canister equivalent; avoid the JDK API that needs it");
    }

    private HostImportTable() {
    }

    private static void host(String qualifiedName, String method) {
        TARGETS.put(qualifiedName, new Target(HOST_CLASS, method));
    }

    private static void exact(String qualifiedName, String method) {
        TARGETS.put(qualifiedName, new Target(EXACT_MATH_CLASS, method));
    }

    /** The replacement for import {@code module.name}, or null. */
    public static Target find(String module, String name) {
        return TARGETS.get(module + "." + name);
    }

    /**
     * A Java method (written {@code class.name(descriptor)}) whose class-library body is replaced because it
     * loses precision, or null.
     */
    public static Target findMethodBody(String qualifiedMethod) {
        return METHOD_BODIES.get(qualifiedMethod);
    }

    /** Registers a class-library body patch (see {@link ClassLibraryPatches}). */
    static void patch(BodyPatch patch) {
        PATCHES_BY_CLASS.computeIfAbsent(patch.className(), k -> new java.util.ArrayList<>()).add(patch);
    }

    /**
     * Registers a check: a call to {@code patch.target()} (a static method returning void, with the method's
     * arguments, the receiver first) inserted before the method's own body, which stays.
     */
    static void check(BodyPatch patch) {
        CHECKS_BY_CLASS.computeIfAbsent(patch.className(), k -> new java.util.ArrayList<>()).add(patch);
    }

    /** The checks for one class (empty when there are none). */
    public static java.util.List<BodyPatch> checksOf(String className) {
        return CHECKS_BY_CLASS.getOrDefault(className, java.util.List.of());
    }

    /** The body patches for one class (empty when there are none). */
    public static java.util.List<BodyPatch> patchesOf(String className) {
        return PATCHES_BY_CLASS.getOrDefault(className, java.util.List.of());
    }

    /** Whether an import of this module comes from TeaVM rather than from user code. */
    public static boolean isTeaVmModule(String module) {
        return module.startsWith("teavm") || module.equals("spectest");
    }

    /** Advice for an import of {@code module} that no table entry covers, or null. */
    public static String hint(String module) {
        return HINTS.get(module);
    }
}
