package io.jcdk.maven.teavm;

import org.teavm.model.AccessLevel;
import org.teavm.model.BasicBlock;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.FieldReference;
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
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.PutFieldInstruction;
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
 * <li>HashMap/HashSet iterate in the JDK's order (spread hash, entries appended, order kept on growth; see
 * {@code HashOrder}).</li>
 * <li>{@code Stream.distinct()} remembers the elements it has seen across pulls (see distinctAcrossCalls).</li>
 * <li>The allocator clears small objects and arrays with stores instead of a {@code memory.fill}, which the IC
 * charges 100 instructions before the bytes ({@code io.jcdk.canister.internal.ZeroFill}).</li>
 * <li>{@code WasmRuntime.lookupResource} reads its String argument's chars directly: it first makes a String that
 * has none yet widen them (see {@code HostImportTransformer.lazyCharacters}).</li>
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
            case "org.teavm.runtime.Allocator" -> {
                for (MethodHolder method : cls.getMethods()) {
                    // a few hundred bytes of code: only where the module is built for speed
                    if (method.getProgram() != null && HostImportTransformer.SPEED.get()) {
                        redirect(method.getProgram(), FILL_ZERO, ZERO_FILL);
                    }
                }
            }
            case "org.teavm.backend.wasm.WasmRuntime" -> {
                // reads its String argument's chars directly: a String still without them gets them first
                MethodHolder method = cls.getMethod(MethodDescriptor.parse(
                        "lookupResource(Lorg/teavm/interop/Address;Ljava/lang/String;)Lorg/teavm/interop/Address;"));
                if (method != null && method.getProgram() != null) {
                    Program program = method.getProgram();
                    Instruction first = program.basicBlockAt(0).getFirstInstruction();
                    InvokeInstruction widen = new InvokeInstruction();
                    widen.setType(InvocationType.SPECIAL);
                    widen.setMethod(new MethodReference("java.lang.String", "jcdk$chars",
                            ValueType.object("java.lang.String"), ValueType.arrayOf(ValueType.CHARACTER)));
                    widen.setArguments(program.variableAt(2));
                    first.insertPrevious(widen);
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
            case "java.util.HashMap$HashEntry" -> hashEntryAsNode(cls, context);
            case "java.util.HashMap" -> {
                spreadHashes(cls);
                hashMapInJdkOrder(cls, context);
            }
            case "java.util.LinkedHashMap" -> spreadHashes(cls);
            case "java.util.HashSet" -> hashSetCopyCapacity(cls);
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

    private static final String HASH_ORDER = ClassLibraryPatches.JDK + "HashOrder";
    private static final String NODE = HASH_ORDER + "$Node";
    private static final String TABLE = HASH_ORDER + "$Table";
    private static final String ENTRY = "java.util.HashMap$HashEntry";

    /** Makes TeaVM's HashMap entry a {@code HashOrder.Node}: next, setNext and hash for JCDK's Java code. */
    private static void hashEntryAsNode(ClassHolder cls, ClassHolderTransformerContext context) {
        if (cls.getField("next") == null || cls.getField("origKeyHash") == null) {
            return;
        }
        cls.getInterfaces().add(NODE);
        ValueType self = ValueType.object(ENTRY);
        ValueType object = ValueType.object("java.lang.Object");
        MethodHolder next = new MethodHolder("jcdkNext", object);
        next.setLevel(AccessLevel.PUBLIC);
        cls.addMethod(next);
        ProgramEmitter pe = ProgramEmitter.create(next, context.getHierarchy());
        pe.var(0, self).getField("next", self).returnValue();

        MethodHolder setNext = new MethodHolder("jcdkSetNext", object, ValueType.VOID);
        setNext.setLevel(AccessLevel.PUBLIC);
        cls.addMethod(setNext);
        pe = ProgramEmitter.create(setNext, context.getHierarchy());
        pe.var(0, self).setField("next", pe.var(1, object).cast(self));
        pe.exit();

        MethodHolder hash = new MethodHolder("jcdkHash", ValueType.INTEGER);
        hash.setLevel(AccessLevel.PUBLIC);
        cls.addMethod(hash);
        pe = ProgramEmitter.create(hash, context.getHierarchy());
        pe.var(0, self).getField("origKeyHash", ValueType.INTEGER).returnValue();
    }

    /** Every {@code key.hashCode()} or {@code Objects.hashCode(key)} in the map becomes the JDK's spread hash. */
    private static void spreadHashes(ClassHolder cls) {
        MethodReference spread = new MethodReference(HASH_ORDER, "spread", ValueType.object("java.lang.Object"),
                ValueType.INTEGER);
        for (MethodHolder method : cls.getMethods()) {
            Program program = method.getProgram();
            if (program == null) {
                continue;
            }
            for (int b = 0; b < program.basicBlockCount(); b++) {
                for (Instruction insn : program.basicBlockAt(b)) {
                    if (!(insn instanceof InvokeInstruction invoke)) {
                        continue;
                    }
                    MethodReference m = invoke.getMethod();
                    boolean keyHash = m.getName().equals("hashCode") && m.getDescriptor().parameterCount() == 0
                            && m.getClassName().equals("java.lang.Object") && invoke.getInstance() != null;
                    boolean objectsHash = m.getName().equals("hashCode") && m.getClassName().equals(
                            "java.util.Objects") && invoke.getInstance() == null;
                    if (keyHash) {
                        Variable key = invoke.getInstance();
                        invoke.setInstance(null);
                        invoke.setArguments(key);
                    }
                    if (keyHash || objectsHash) {
                        invoke.setType(InvocationType.SPECIAL);
                        invoke.setMethod(spread);
                    }
                }
            }
        }
    }

    /** New entries go last in their bucket; growing keeps each bucket's order (see {@code HashOrder}). */
    private static void hashMapInJdkOrder(ClassHolder cls, ClassHolderTransformerContext context) {
        ValueType self = ValueType.object(cls.getName());
        ValueType entry = ValueType.object(ENTRY);
        ValueType table = ValueType.arrayOf(entry);
        ValueType objects = ValueType.arrayOf(ValueType.object("java.lang.Object"));
        MethodHolder create = cls.getMethod(new MethodDescriptor("createHashedEntry",
                ValueType.object("java.lang.Object"), ValueType.INTEGER, ValueType.INTEGER, entry));
        MethodHolder rehash = cls.getMethod(new MethodDescriptor("rehash", ValueType.INTEGER, ValueType.VOID));
        if (create == null || create.getProgram() == null || rehash == null || rehash.getProgram() == null
                || cls.getField("elementData") == null) {
            return;
        }
        ProgramEmitter pe = ProgramEmitter.create(create, context.getHierarchy());
        ValueEmitter created = pe.construct(ENTRY, pe.var(1, ValueType.object("java.lang.Object")),
                pe.var(3, ValueType.INTEGER));
        pe.invoke(new MethodReference(HASH_ORDER, "append", objects, ValueType.INTEGER, ValueType.object(NODE),
                ValueType.VOID), pe.var(0, self).getField("elementData", table).cast(objects),
                pe.var(2, ValueType.INTEGER), created.cast(ValueType.object(NODE)));
        created.returnValue();

        // the map as a HashOrder.Table: its state, and jcdkResize(length) that keeps each bucket's order
        cls.getInterfaces().add(TABLE);
        FieldHolder byDefault = new FieldHolder("jcdkDefault");
        byDefault.setType(ValueType.BOOLEAN);
        byDefault.setLevel(AccessLevel.PRIVATE);
        cls.addField(byDefault);
        getter(cls, "jcdkModCount", "modCount", ValueType.INTEGER, context);
        getter(cls, "jcdkThreshold", "threshold", ValueType.INTEGER, context);
        getter(cls, "jcdkDefault", "jcdkDefault", ValueType.BOOLEAN, context);
        MethodHolder lengthOf = new MethodHolder("jcdkLength", ValueType.INTEGER);
        lengthOf.setLevel(AccessLevel.PUBLIC);
        cls.addMethod(lengthOf);
        pe = ProgramEmitter.create(lengthOf, context.getHierarchy());
        pe.var(0, self).getField("elementData", table).arrayLength().returnValue();

        MethodHolder resize = new MethodHolder("jcdkResize", ValueType.INTEGER, ValueType.VOID);
        resize.setLevel(AccessLevel.PUBLIC);
        cls.addMethod(resize);
        pe = ProgramEmitter.create(resize, context.getHierarchy());
        ValueEmitter map = pe.var(0, self);
        ValueEmitter grown = map.invokeVirtual("newElementArray", table, pe.var(1, ValueType.INTEGER));
        pe.invoke(new MethodReference(HASH_ORDER, "rehash", objects, objects, ValueType.VOID),
                map.getField("elementData", table).cast(objects), grown.cast(objects));
        map.setField("elementData", grown);
        map.invokeSpecial("computeThreshold");
        pe.exit();

        pe = ProgramEmitter.create(rehash, context.getHierarchy());
        map = pe.var(0, self);
        ValueEmitter length = pe.invoke(new MethodReference(HASH_ORDER, "grownLength", ValueType.INTEGER,
                ValueType.INTEGER), pe.var(1, ValueType.INTEGER));
        map.invokeVirtual("jcdkResize", ValueType.VOID, length);
        pe.exit();

        // new HashMap<>() remembers that it was made so (the JDK sizes its first putAll from the map alone)
        MethodHolder plain = cls.getMethod(MethodDescriptor.parse("<init>()V"));
        if (plain != null && plain.getProgram() != null) {
            Program program = plain.getProgram();
            for (int b = 0; b < program.basicBlockCount(); b++) {
                Instruction last = program.basicBlockAt(b).getLastInstruction();
                if (last instanceof ExitInstruction) {
                    IntegerConstantInstruction one = new IntegerConstantInstruction();
                    one.setConstant(1);
                    one.setReceiver(program.createVariable());
                    PutFieldInstruction put = new PutFieldInstruction();
                    put.setInstance(program.variableAt(0));
                    put.setField(new FieldReference(cls.getName(), "jcdkDefault"));
                    put.setFieldType(ValueType.BOOLEAN);
                    put.setValue(one.getReceiver());
                    last.insertPrevious(one);
                    last.insertPrevious(put);
                }
            }
        }

        // putAll sizes the table as the JDK's (HashOrder.presize) instead of TeaVM's rehash(size + m.size())
        MethodHolder putAll = cls.getMethod(MethodDescriptor.parse("putAllImpl(Ljava/util/Map;)V"));
        if (putAll != null && putAll.getProgram() != null && putAll.getProgram().basicBlockCount() > 0) {
            Program program = putAll.getProgram();
            for (int b = 0; b < program.basicBlockCount(); b++) {
                for (Instruction insn : program.basicBlockAt(b)) {
                    if (insn instanceof InvokeInstruction invoke && invoke.getMethod().getName().equals("rehash")
                            && invoke.getInstance() != null && invoke.getArguments().size() == 1) {
                        Variable capacity = invoke.getArguments().get(0);
                        Variable instance = invoke.getInstance();
                        invoke.setInstance(null);
                        invoke.setType(InvocationType.SPECIAL);
                        invoke.setArguments(instance, capacity);
                        invoke.setMethod(new MethodReference(HASH_ORDER, "skip", ValueType.object("java.lang.Object"),
                                ValueType.INTEGER, ValueType.VOID));
                    }
                }
            }
            Instruction first = program.basicBlockAt(0).getFirstInstruction();
            InvokeInstruction presize = new InvokeInstruction();
            presize.setType(InvocationType.SPECIAL);
            presize.setMethod(new MethodReference(HASH_ORDER, "presize", ValueType.object(TABLE),
                    ValueType.object("java.util.Map"), ValueType.VOID));
            presize.setArguments(program.variableAt(0), program.variableAt(1));
            first.insertPrevious(presize);
        }

        // new HashMap<>(map): the JDK's table size (the elements then go in the copied map's order)
        MethodHolder copy = cls.getMethod(MethodDescriptor.parse("<init>(Ljava/util/Map;)V"));
        if (copy != null && copy.getProgram() != null) {
            for (int b = 0; b < copy.getProgram().basicBlockCount(); b++) {
                for (Instruction insn : copy.getProgram().basicBlockAt(b)) {
                    if (insn instanceof InvokeInstruction invoke && invoke.getMethod().getName().equals(
                            "calculateCapacity")) {
                        invoke.setMethod(new MethodReference(HASH_ORDER, "copyCapacity", ValueType.INTEGER,
                                ValueType.INTEGER));
                    }
                }
            }
        }
    }

    /** Adds {@code name()} returning the field. */
    private static void getter(ClassHolder cls, String name, String field, ValueType type,
            ClassHolderTransformerContext context) {
        MethodHolder method = new MethodHolder(name, type);
        method.setLevel(AccessLevel.PUBLIC);
        cls.addMethod(method);
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        pe.var(0, ValueType.object(cls.getName())).getField(field, type).returnValue();
    }

    /** {@code new HashSet<>(collection)}: the JDK's map capacity, {@code max(n / .75 + 1, 16)}. */
    private static void hashSetCopyCapacity(ClassHolder cls) {
        MethodHolder copy = cls.getMethod(MethodDescriptor.parse("<init>(Ljava/util/Collection;)V"));
        if (copy == null || copy.getProgram() == null) {
            return;
        }
        Program program = copy.getProgram();
        for (int b = 0; b < program.basicBlockCount(); b++) {
            for (Instruction insn : program.basicBlockAt(b)) {
                if (insn instanceof InvokeInstruction invoke && invoke.getMethod().getClassName().equals(
                        "java.util.HashMap") && invoke.getMethod().getName().equals("<init>")
                        && invoke.getArguments().size() == 1) {
                    Variable size = program.createVariable();
                    InvokeInstruction count = new InvokeInstruction();
                    count.setType(InvocationType.VIRTUAL);
                    count.setInstance(program.variableAt(1));
                    count.setMethod(new MethodReference("java.util.Collection", "size", ValueType.INTEGER));
                    count.setReceiver(size);
                    Variable capacity = program.createVariable();
                    InvokeInstruction jdk = new InvokeInstruction();
                    jdk.setType(InvocationType.SPECIAL);
                    jdk.setMethod(new MethodReference(HASH_ORDER, "setCapacity", ValueType.INTEGER,
                            ValueType.INTEGER));
                    jdk.setArguments(size);
                    jdk.setReceiver(capacity);
                    invoke.insertPrevious(count);
                    invoke.insertPrevious(jdk);
                    invoke.setArguments(capacity);
                    return;
                }
            }
        }
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

    private static final MethodReference FILL_ZERO = new MethodReference("org.teavm.interop.Address", "fillZero",
            ValueType.object("org.teavm.interop.Address"), ValueType.INTEGER, ValueType.VOID);
    private static final MethodReference ZERO_FILL = new MethodReference("io.jcdk.canister.internal.ZeroFill", "fill",
            ValueType.object("org.teavm.interop.Address"), ValueType.INTEGER, ValueType.VOID);

    /** Points every call of {@code from} in the program at {@code to} (same signature, both static). */
    private static void redirect(Program program, MethodReference from, MethodReference to) {
        for (Instruction insn : HostImportTransformer.instructionsOf(program)) {
            if (insn instanceof InvokeInstruction invoke && invoke.getMethod().equals(from)) {
                invoke.setMethod(to);
            }
        }
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
