package io.jcdk.maven.teavm;

import org.teavm.model.AccessLevel;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.FieldHolder;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.Program;
import org.teavm.model.Variable;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.model.instructions.BinaryInstruction;
import org.teavm.model.instructions.BinaryOperation;
import org.teavm.model.instructions.ExitInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.LongConstantInstruction;
import org.teavm.model.instructions.NumericOperandType;

/**
 * Fixes in TeaVM 0.13.1's own runtime ({@code org.teavm.runtime}) and class library that need more than a new
 * method body, applied by {@link HostImportTransformer}.
 *
 * <ul>
 * <li>Heap growth for a large allocation: when no free chunk fits an object of {@code size} bytes, {@code GC}
 * grows the heap to {@code computeMinRequestedSize(size)} rounded up to 8 bytes. That makes the last free chunk
 * exactly {@code size} bytes, or {@code size + 4} after the rounding (object sizes are multiples of 4), and a chunk
 * of {@code size + 4} is unusable (a chunk must fit the object exactly or leave at least 8 bytes,
 * {@code MIN_CHUNK_SIZE}; {@code hasAvailableMemory} even wants more than that, strictly): the allocation then fails
 * as out of memory although the heap may grow. A fresh canister (1 MiB heap) could not receive a 1 MiB blob. Here
 * the requested size gets 16 bytes more.</li>
 * <li>{@code ExceptionHandling.printStack}, which TeaVM calls on out-of-memory (before giving up) and for an
 * exception nothing catches, prints through {@code teavm.logString}: that allocates, so on out-of-memory it failed
 * with a null pointer inside the collector instead of reporting. In a canister it prints nothing (every entry point
 * catches exceptions and traps with their description; out-of-memory traps with its own message).</li>
 * <li>{@code AbstractList}'s iterator (so {@code ArrayList}'s): {@code next()} past the end throws
 * NoSuchElementException as in the JDK, not IndexOutOfBoundsException.</li>
 * <li>{@code Stream.distinct()} remembers the elements it has seen across pulls (see distinctAcrossCalls).</li>
 * </ul>
 */
final class TeaVmRuntimePatches {
    /** Twice TeaVM's MIN_CHUNK_SIZE: after growth the last chunk is then strictly larger than size + 8. */
    private static final int GROWTH_SLACK = 16;

    private TeaVmRuntimePatches() {
    }

    static void apply(ClassHolder cls, ClassHolderTransformerContext context) {
        switch (cls.getName()) {
            case "org.teavm.runtime.GC" -> {
                MethodHolder method = cls.getMethod(MethodDescriptor.parse("computeMinRequestedSize(I)J"));
                if (method != null && method.getProgram() != null) {
                    addToResults(method.getProgram(), GROWTH_SLACK);
                }
            }
            case "org.teavm.runtime.ExceptionHandling" -> {
                MethodHolder method = cls.getMethod(MethodDescriptor.parse("printStack()V"));
                if (method != null && method.getProgram() != null) {
                    ProgramEmitter.create(method, context.getHierarchy()).exit();
                }
            }
            case "java.util.AbstractList$1" -> {
                MethodHolder method = cls.getMethod(MethodDescriptor.parse("next()Ljava/lang/Object;"));
                if (method != null && method.getProgram() != null) {
                    requireHasNextFirst(cls.getName(), method.getProgram());
                }
            }
            case "java.util.stream.impl.DistinctStreamImpl" -> distinctAcrossCalls(cls, "", context);
            case "java.util.stream.intimpl.DistinctIntStreamImpl" -> distinctAcrossCalls(cls, "Int", context);
            case "java.util.stream.longimpl.DistinctLongStreamImpl" -> distinctAcrossCalls(cls, "Long", context);
            case "java.util.stream.doubleimpl.DistinctDoubleStreamImpl" -> distinctAcrossCalls(cls, "Double", context);
            default -> {
            }
        }
    }

    /**
     * TeaVM's {@code distinct()} makes a new set of seen elements each time the stream after it pulls (so
     * {@code skip}/{@code limit} after {@code flatMap().distinct()} saw repeats); the set now lives in a field.
     */
    private static void distinctAcrossCalls(ClassHolder cls, String kind, ClassHolderTransformerContext context) {
        ValueType set = ValueType.object("java.util.Set");
        ValueType predicate = ValueType.object("java.util.function." + kind + "Predicate");
        MethodHolder wrap = cls.getMethod(new MethodDescriptor("wrap", predicate, predicate));
        if (wrap == null || wrap.getProgram() == null) {
            return;
        }
        FieldHolder field = new FieldHolder("jcdkSeen");
        field.setType(set);
        field.setLevel(AccessLevel.PRIVATE);
        cls.addField(field);
        String containers = ClassLibraryPatches.JDK + "Containers";
        ProgramEmitter pe = ProgramEmitter.create(wrap, context.getHierarchy());
        ValueEmitter self = pe.var(0, ValueType.object(cls.getName()));
        ValueEmitter seen = pe.invoke(new MethodReference(containers, "seen", set, set),
                self.getField("jcdkSeen", set));
        self.setField("jcdkSeen", seen);
        pe.invoke(new MethodReference(containers, "distinct", set, predicate, predicate), seen,
                pe.var(1, predicate)).returnValue();
    }

    /** Inserts {@code Iterators.requireNext(this.hasNext())} before the first instruction of {@code next()}. */
    private static void requireHasNextFirst(String className, Program program) {
        BasicBlock entry = program.basicBlockAt(0);
        Instruction first = entry.getFirstInstruction();
        if (first == null) {
            return;
        }
        Variable has = program.createVariable();
        InvokeInstruction hasNext = new InvokeInstruction();
        hasNext.setType(InvocationType.VIRTUAL);
        hasNext.setInstance(program.variableAt(0));
        hasNext.setMethod(new MethodReference(className, "hasNext", ValueType.BOOLEAN));
        hasNext.setReceiver(has);
        InvokeInstruction require = new InvokeInstruction();
        require.setType(InvocationType.SPECIAL);
        require.setMethod(new MethodReference(ClassLibraryPatches.JDK + "Iterators", "requireNext", ValueType.BOOLEAN,
                ValueType.VOID));
        require.setArguments(has);
        first.insertPrevious(hasNext);
        first.insertPrevious(require);
    }

    /** Makes every {@code return x} of a method returning long return {@code x + amount}. */
    private static void addToResults(Program program, long amount) {
        for (int b = 0; b < program.basicBlockCount(); b++) {
            BasicBlock block = program.basicBlockAt(b);
            Instruction last = block.getLastInstruction();
            if (last instanceof ExitInstruction exit && exit.getValueToReturn() != null) {
                LongConstantInstruction constant = new LongConstantInstruction();
                constant.setConstant(amount);
                constant.setReceiver(program.createVariable());
                BinaryInstruction add = new BinaryInstruction(BinaryOperation.ADD, NumericOperandType.LONG);
                add.setFirstOperand(exit.getValueToReturn());
                add.setSecondOperand(constant.getReceiver());
                Variable sum = program.createVariable();
                add.setReceiver(sum);
                exit.insertPrevious(constant);
                exit.insertPrevious(add);
                exit.setValueToReturn(sum);
            }
        }
    }
}
