package io.jcdk.maven.teavm;

import java.util.List;
import java.util.Map;
import org.teavm.model.AccessLevel;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.FieldReference;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ReferenceCache;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.util.ProgramUtils;
import org.teavm.parsing.ClasspathResourceProvider;
import org.teavm.parsing.resource.ResourceClassHolderMapper;

/**
 * Fixes the two faults of TeaVM 0.13.1's Wasm garbage collector that kept a module's Java heap at its minimum size
 * and lost live data (see {@link HeapGrowthRuntime} for both): the last static reference field of the program was
 * not a root, and a mark queue of {@code heapSize / 64} entries reported out-of-memory when live data had more
 * objects than that.
 *
 * <ul>
 * <li>{@code GC.markFromStaticFields()} and {@code GC.updatePointersFromStaticRoots()} get bodies that call the
 * methods of the same name in {@link HeapGrowthRuntime}.</li>
 * <li>{@code GC.mark()}, {@code GC.doEnqueueMark(RuntimeObject)} and {@code GC.markWeakReference(RuntimeReference)}
 * keep their programs under the names {@code jcdk$mark}, ... and get bodies that call {@link HeapGrowthRuntime}.</li>
 * <li>The {@code native} methods of {@link HeapGrowthRuntime} get bodies that call the collector's (private) methods
 * or read {@code MarkQueue}'s fields.</li>
 * </ul>
 *
 * <p>TeaVM reads classes from the canister's class path, which does not hold this plugin; so when
 * {@link HeapGrowthRuntime} is not found there, its bytecode is read from the plugin and given to TeaVM with
 * {@link ClassHolderTransformerContext#submit}.
 */
public class HeapGrowthTransformer implements ClassHolderTransformer {
    static final String GC = "org.teavm.runtime.GC";
    static final String MARK_QUEUE = "org.teavm.runtime.MarkQueue";
    static final String RUNTIME = "io.jcdk.maven.teavm.HeapGrowthRuntime";
    private static final String PREFIX = "jcdk$";
    private static final String OBJECT = "Lorg/teavm/runtime/RuntimeObject;";
    private static final String REFERENCE = "Lorg/teavm/runtime/RuntimeReference;";
    private static final String ADDRESS = "Lorg/teavm/interop/Address;";

    /** GC methods whose bodies are replaced by a call of the same method of {@link #RUNTIME}. */
    private static final List<String> REPLACED = List.of("markFromStaticFields()V", "updatePointersFromStaticRoots()V");

    /** The same, keeping the original program as {@code jcdk$<name>} for {@link #RUNTIME} to call. */
    private static final List<String> WRAPPED = List.of("mark()V", "doEnqueueMark(" + OBJECT + ")V",
            "markWeakReference(" + REFERENCE + ")Z");

    /** Native methods of {@link #RUNTIME} and the collector method each one calls. */
    private static final Map<String, MethodReference> CALLS = Map.ofEntries(
            Map.entry("originalMark()V", gc(PREFIX + "mark()V")),
            Map.entry("originalDoEnqueueMark(" + OBJECT + ")V", gc(PREFIX + "doEnqueueMark(" + OBJECT + ")V")),
            Map.entry("originalMarkWeakReference(" + REFERENCE + ")Z",
                    gc(PREFIX + "markWeakReference(" + REFERENCE + ")Z")),
            Map.entry("markRoot(" + OBJECT + ")V", gc("mark(" + OBJECT + ")V")),
            Map.entry("updatePointer(" + ADDRESS + ")" + ADDRESS, gc("updatePointer(" + ADDRESS + ")" + ADDRESS)),
            Map.entry("enqueueMark(" + OBJECT + ")Z", gc("enqueueMark(" + OBJECT + ")Z")),
            Map.entry("isMarked(" + OBJECT + ")Z", gc("isMarked(" + OBJECT + ")Z")),
            Map.entry("markObjectData(" + OBJECT + ")Z", gc("markObjectData(" + OBJECT + ")Z")),
            Map.entry("doProcessMarkQueue()V", gc("doProcessMarkQueue()V")),
            Map.entry("objectSize(" + OBJECT + ")I", gc("objectSize(Lorg/teavm/runtime/FreeChunk;)I")),
            Map.entry("initMarkQueue()V", new MethodReference(MARK_QUEUE, MethodDescriptor.parse("init()V"))));

    /** Native methods of {@link #RUNTIME} that read a static field of {@code MarkQueue}. */
    private static final Map<String, String> FIELDS = Map.of(
            "markQueueHead()I", "head", "markQueueTail()I", "tail", "markQueueLimit()I", "limit");

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        switch (cls.getName()) {
            case GC -> patchCollector(cls, context);
            case RUNTIME -> implementRuntime(cls, context);
            default -> {
            }
        }
    }

    private static void patchCollector(ClassHolder gc, ClassHolderTransformerContext context) {
        if (gc.getMethod(MethodDescriptor.parse(PREFIX + WRAPPED.get(0))) != null) {
            return; // already transformed
        }
        if (context.getHierarchy().getClassSource().get(RUNTIME) == null) {
            context.submit(parseRuntime());
        }
        for (String descriptor : REPLACED) {
            forward(existing(gc, descriptor), new MethodReference(RUNTIME, MethodDescriptor.parse(descriptor)),
                    context);
        }
        for (String descriptor : WRAPPED) {
            MethodHolder method = existing(gc, descriptor);
            MethodHolder original = new MethodHolder(MethodDescriptor.parse(PREFIX + descriptor));
            original.setLevel(AccessLevel.PUBLIC);
            original.getModifiers().add(ElementModifier.STATIC);
            original.setProgram(ProgramUtils.copy(method.getProgram()));
            gc.addMethod(original);
            forward(method, new MethodReference(RUNTIME, method.getDescriptor()), context);
        }
        for (MethodReference callee : CALLS.values()) {
            if (callee.getClassName().equals(GC)) {
                existing(gc, callee.getDescriptor().toString()).setLevel(AccessLevel.PUBLIC);
            }
        }
    }

    private static ClassHolder parseRuntime() {
        try (ClasspathResourceProvider plugin = new ClasspathResourceProvider(
                HeapGrowthTransformer.class.getClassLoader())) {
            ClassHolder runtime = new ResourceClassHolderMapper(plugin, new ReferenceCache()).apply(RUNTIME);
            if (runtime == null) {
                throw new IllegalStateException("the JCDK plugin has no class " + RUNTIME);
            }
            return runtime;
        }
    }

    private static MethodHolder existing(ClassHolder gc, String descriptor) {
        MethodHolder method = gc.getMethod(MethodDescriptor.parse(descriptor));
        if (method == null || method.getProgram() == null) {
            throw new IllegalStateException("TeaVM's GC has no " + descriptor + ": HeapGrowthTransformer is written"
                    + " for TeaVM 0.13.1");
        }
        return method;
    }

    private static void implementRuntime(ClassHolder runtime, ClassHolderTransformerContext context) {
        for (MethodHolder method : runtime.getMethods()) {
            if (!method.hasModifier(ElementModifier.NATIVE)) {
                continue;
            }
            String descriptor = method.getDescriptor().toString();
            MethodReference call = CALLS.get(descriptor);
            String field = FIELDS.get(descriptor);
            if (call == null && field == null) {
                throw new IllegalStateException(RUNTIME + "." + descriptor + " has no body");
            }
            method.getModifiers().remove(ElementModifier.NATIVE);
            if (call != null) {
                forward(method, call, context);
            } else {
                ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
                pe.getField(new FieldReference(MARK_QUEUE, field), ValueType.INTEGER).returnValue();
            }
        }
    }

    /**
     * Makes the body of a static method {@code return target(arguments)}. The invocation is built directly, not
     * through {@link ProgramEmitter#invoke}, because a parameter's declared type may differ from the target's when
     * {@link HeapGrowthRuntime} cannot name the collector's structure ({@code FreeChunk}); in Wasm every structure
     * is an address.
     */
    private static void forward(MethodHolder method, MethodReference target, ClassHolderTransformerContext context) {
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        Program program = pe.getProgram();
        Variable[] arguments = new Variable[method.parameterCount()];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = program.variableAt(i + 1);
        }
        InvokeInstruction invoke = new InvokeInstruction();
        invoke.setType(InvocationType.SPECIAL);
        invoke.setMethod(target);
        invoke.setArguments(arguments);
        if (method.getResultType() == ValueType.VOID) {
            pe.addInstruction(invoke);
            pe.exit();
        } else {
            Variable result = program.createVariable();
            invoke.setReceiver(result);
            pe.addInstruction(invoke);
            pe.var(result, method.getResultType()).returnValue();
        }
    }

    private static MethodReference gc(String descriptor) {
        return new MethodReference(GC, MethodDescriptor.parse(descriptor));
    }
}
