package io.jcdk.maven.teavm;

import org.teavm.interop.Import;
import org.teavm.interop.Unmanaged;
import org.teavm.model.AccessLevel;
import org.teavm.model.AnnotationHolder;
import org.teavm.model.AnnotationValue;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.FieldHolder;
import org.teavm.model.FieldReference;
import org.teavm.model.Instruction;
import org.teavm.model.MethodDescriptor;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.Program;
import org.teavm.model.ValueType;
import org.teavm.model.Variable;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.model.instructions.ExitInstruction;
import org.teavm.model.instructions.IntegerConstantInstruction;
import org.teavm.model.instructions.InvocationType;
import org.teavm.model.instructions.InvokeInstruction;
import org.teavm.model.instructions.PutFieldInstruction;

/**
 * Gives TeaVM's host-imported native methods ({@code @Import(module = "teavm...")}) Java bodies that call the
 * replacements listed in {@link HostImportTable}, so that the module imports nothing but {@code ic0.*}; also
 * replaces (or adds) the class-library methods that {@link ClassLibraryPatches} lists, so that they give the JVM's
 * results. The technique is that of TeaVM's own {@code WasiSupportClassTransformer}.
 */
public class HostImportTransformer implements ClassHolderTransformer {
    private static final String THROWABLE = "java.lang.Throwable";
    private static final String STRING = "java.lang.String";
    /** The static method added to TeaVM's String that answers its char array (see {@link #addCharactersAccessor}). */
    static final String CHARACTERS_ACCESSOR = "jcdk$characters";
    /** The field added to TeaVM's String that keeps the UTF-8 a decoded String came from (see {@link #addUtf8}). */
    private static final String UTF8_FIELD = "jcdk$utf8";
    /** The static methods added to TeaVM's String that read and set {@link #UTF8_FIELD}. */
    static final String UTF8_GETTER = "jcdk$getUtf8";
    static final String UTF8_SETTER = "jcdk$setUtf8";

    /**
     * Whether the module being built optimises for speed (the {@code optimize} setting), for the thread that runs
     * TeaVM: calls of {@code Platform.optimizesForSpeed()} become this constant.
     */
    static final ThreadLocal<Boolean> SPEED = ThreadLocal.withInitial(() -> Boolean.TRUE);
    private static final MethodReference OPTIMIZES_FOR_SPEED = new MethodReference(
            "io.jcdk.canister.internal.Platform", "optimizesForSpeed", ValueType.BOOLEAN);

    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        for (MethodHolder method : cls.getMethods()) {
            if (method.getProgram() != null) {
                foldSpeedQuestion(method.getProgram(), SPEED.get());
            }
        }
        for (MethodHolder method : cls.getMethods()) {
            HostImportTable.Target target = HostImportTable.findMethodBody(
                    cls.getName() + "." + method.getDescriptor());
            AnnotationHolder annotation = method.getAnnotations().get(Import.class.getName());
            if (target == null && annotation != null) {
                target = HostImportTable.find(stringValue(annotation.getValue("module")),
                        stringValue(annotation.getValue("name")));
            }
            if (target != null) {
                replaceBody(method, target, context);
            }
        }
        for (HostImportTable.BodyPatch patch : HostImportTable.patchesOf(cls.getName())) {
            MethodDescriptor descriptor = MethodDescriptor.parse(patch.descriptor());
            MethodHolder method = cls.getMethod(descriptor);
            if (method == null) {
                if (!patch.add()) {
                    continue;
                }
                method = new MethodHolder(descriptor);
                method.setLevel(AccessLevel.PUBLIC);
                if (patch.isStatic()) {
                    method.getModifiers().add(ElementModifier.STATIC);
                }
                cls.addMethod(method);
            }
            replaceBody(method, patch.target(), context);
        }
        for (HostImportTable.BodyPatch check : HostImportTable.checksOf(cls.getName())) {
            MethodHolder method = cls.getMethod(MethodDescriptor.parse(check.descriptor()));
            if (method != null && method.getProgram() != null && method.getProgram().basicBlockCount() > 0) {
                checkFirst(method, check.target());
            }
        }
        if (cls.getName().equals(THROWABLE)) {
            patchSuppression(cls, context);
            patchCauseMessage(cls);
        }
        if (cls.getName().equals(STRING)) {
            lazyCharacters(cls, context, SPEED.get());
            addCharactersAccessor(cls, context);
            addUtf8(cls, context);
        }
        TeaVmRuntimePatches.apply(cls, context);
    }

    private static void replaceBody(MethodHolder method, HostImportTable.Target target,
            ClassHolderTransformerContext context) {
        method.getModifiers().remove(ElementModifier.NATIVE);
        method.getModifiers().remove(ElementModifier.ABSTRACT);
        method.getAnnotations().remove(Import.class.getName());
        if (!target.owner().equals(HostImportTable.EXACT_MATH_CLASS)) {
            // the replacement may allocate, so the method must take part in garbage collection
            method.getAnnotations().remove(Unmanaged.class.getName());
        }
        boolean isStatic = method.hasModifier(ElementModifier.STATIC);
        ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
        int n = method.parameterCount();
        ValueEmitter[] args = new ValueEmitter[n + (isStatic ? 0 : 1)];
        ValueType[] signature = new ValueType[args.length + 1];
        int k = 0;
        if (!isStatic) {
            ValueType self = ValueType.object(method.getOwnerName());
            args[k] = pe.var(0, self);
            signature[k++] = self;
        }
        for (int i = 0; i < n; i++) {
            args[k] = pe.var(i + 1, method.parameterType(i));
            signature[k++] = method.parameterType(i);
        }
        signature[k] = method.getResultType();
        MethodReference replacement = new MethodReference(target.owner(), target.method(), signature);
        ValueEmitter result = pe.invoke(replacement, args);
        if (method.getResultType() != ValueType.VOID) {
            result.returnValue();
        } else {
            pe.exit();
        }
    }

    /**
     * Adds {@code static char[] jcdk$characters(String s)} to TeaVM's String, answering {@code s.characters}, the
     * array TeaVM keeps a String's chars in: the Candid writer reads a String in place instead of copying its chars
     * out ({@code getChars} costs about 300 Wasm instructions before it copies anything). Only JCDK's code calls it,
     * through {@code io.jcdk.canister.internal.Mem.chars}, and only reads the array.
     */
    private static void addCharactersAccessor(ClassHolder cls, ClassHolderTransformerContext context) {
        ValueType chars = ValueType.arrayOf(ValueType.CHARACTER);
        ProgramEmitter pe = addStatic(cls, context, CHARACTERS_ACCESSOR, ValueType.object(STRING), chars);
        ValueEmitter s = pe.var(1, ValueType.object(STRING));
        if (SPEED.get()) {
            pe.invoke(new MethodReference(STRING, CHARS, ValueType.object(STRING), chars), s).returnValue();
        } else {
            s.getField("characters", chars).returnValue();
        }
    }

    private static final String KEPT_UTF8 = "io.jcdk.canister.internal.KeptUtf8";
    static final String CHARS = "jcdk$chars";
    private static final String LENGTH = "jcdk$length";
    static final String SET_CHARACTERS = "jcdk$setCharacters";

    /**
     * Lets a String have no chars until one is read (speed builds). The Candid decoder makes a long ASCII text such
     * a String, holding only its UTF-8 ({@code KeptUtf8.lazyAscii}): storing it and sending it back never widens
     * it to UTF-16. Every read of the {@code characters} field in String's methods (TeaVM's own String transformer
     * has turned its native accessors into such reads) goes through {@code jcdk$chars}, which widens the text on
     * first use; {@code length()} answers without widening. Builds for size only get the three methods (the
     * decoder's call of them is then dead code, but TeaVM resolves it before it removes it).
     */
    private static void lazyCharacters(ClassHolder cls, ClassHolderTransformerContext context, boolean routeReads) {
        ValueType chars = ValueType.arrayOf(ValueType.CHARACTER);
        ValueType string = ValueType.object(STRING);
        MethodReference charsOf = new MethodReference(STRING, CHARS, string, chars);
        for (MethodHolder method : routeReads ? cls.getMethods() : java.util.List.<MethodHolder>of()) {
            Program program = method.getProgram();
            if (program == null) {
                continue;
            }
            java.util.List<Instruction> instructions = instructionsOf(program);
            java.util.List<org.teavm.model.instructions.GetFieldInstruction> reads = new java.util.ArrayList<>();
            for (Instruction insn : instructions) {
                if (insn instanceof org.teavm.model.instructions.GetFieldInstruction get
                        && get.getField().getClassName().equals(STRING)
                        && get.getField().getFieldName().equals("characters") && get.getInstance() != null) {
                    reads.add(get);
                }
            }
            // A String gets its chars once, where its variable is defined (on entry for a parameter or this), and
            // its reads stay plain field reads: the field, once set, is never cleared. A String defined by a phi
            // has each of its reads go through jcdk$chars.
            int params = method.parameterCount();
            java.util.Map<Variable, Instruction> definitions = new java.util.HashMap<>();
            org.teavm.model.util.DefinitionExtractor extractor = new org.teavm.model.util.DefinitionExtractor();
            for (Instruction insn : instructions) {
                insn.acceptVisitor(extractor);
                for (Variable defined : extractor.getDefinedVariables()) {
                    definitions.put(defined, insn);
                }
            }
            Instruction first = program.basicBlockAt(0).getFirstInstruction();
            java.util.Set<Variable> ensured = new java.util.HashSet<>();
            java.util.List<org.teavm.model.instructions.GetFieldInstruction> routed = new java.util.ArrayList<>();
            for (org.teavm.model.instructions.GetFieldInstruction get : reads) {
                Variable v = get.getInstance();
                int index = v.getIndex();
                boolean param = index <= params && (index > 0 || !method.hasModifier(ElementModifier.STATIC));
                Instruction definition = definitions.get(v);
                if (!param && definition == null) {
                    routed.add(get);
                } else if (ensured.add(v)) {
                    // the field read here, then a static call of KeptUtf8 (a class without initialiser: a call of
                    // String's own statics would add a class-initialisation check to every String method)
                    org.teavm.model.instructions.GetFieldInstruction current =
                            new org.teavm.model.instructions.GetFieldInstruction();
                    current.setField(new FieldReference(STRING, "characters"));
                    current.setFieldType(chars);
                    current.setInstance(v);
                    current.setReceiver(program.createVariable());
                    InvokeInstruction ensure = new InvokeInstruction();
                    ensure.setType(InvocationType.SPECIAL);
                    ensure.setMethod(new MethodReference(KEPT_UTF8, "ensure", string, chars, ValueType.VOID));
                    ensure.setArguments(v, current.getReceiver());
                    if (param) {
                        first.insertPrevious(current);
                    } else {
                        definition.insertNext(current);
                    }
                    current.insertNext(ensure);
                }
            }
            for (org.teavm.model.instructions.GetFieldInstruction get : routed) {
                InvokeInstruction call = new InvokeInstruction();
                call.setType(InvocationType.SPECIAL);
                call.setMethod(charsOf);
                call.setArguments(get.getInstance());
                call.setReceiver(get.getReceiver());
                call.setLocation(get.getLocation());
                get.replace(call);
            }
        }
        MethodHolder length = cls.getMethod(MethodDescriptor.parse("length()I"));
        if (length != null && routeReads) {
            ProgramEmitter pe = ProgramEmitter.create(length, context.getHierarchy());
            pe.invoke(new MethodReference(STRING, LENGTH, string, ValueType.INTEGER), pe.var(0, string))
                    .returnValue();
        }

        ProgramEmitter pe = addStatic(cls, context, CHARS, string, chars);
        ValueEmitter s = pe.var(1, string);
        pe.invoke(new MethodReference(KEPT_UTF8, "charsOf", string, chars, chars), s,
                s.getField("characters", chars)).returnValue();

        pe = addStatic(cls, context, LENGTH, string, ValueType.INTEGER);
        s = pe.var(1, string);
        pe.invoke(new MethodReference(KEPT_UTF8, "lengthOf", string, chars, ValueType.INTEGER), s,
                s.getField("characters", chars)).returnValue();

        pe = addStatic(cls, context, SET_CHARACTERS, string, chars, ValueType.VOID);
        pe.var(1, string).setField("characters", pe.var(2, chars));
        pe.exit();
    }

    /**
     * Adds a {@code byte[]} field to TeaVM's String with a static getter and setter. The Candid decoder stores there
     * the UTF-8 bytes a long String was decoded from, and the writer copies them instead of encoding the chars
     * again (a String never changes, so they stay right). Strings made any other way leave it null. Only
     * {@code io.jcdk.canister.internal.KeptUtf8} calls the two methods, and never for a String literal: TeaVM lays literals out
     * in the data segment with a fixed structure that has no room for the field.
     */
    private static void addUtf8(ClassHolder cls, ClassHolderTransformerContext context) {
        ValueType bytes = ValueType.arrayOf(ValueType.BYTE);
        FieldHolder field = new FieldHolder(UTF8_FIELD);
        field.setType(bytes);
        field.setLevel(AccessLevel.PRIVATE);
        cls.addField(field);

        ProgramEmitter pe = addStatic(cls, context, UTF8_GETTER, ValueType.object(STRING), bytes);
        pe.var(1, ValueType.object(STRING)).getField(UTF8_FIELD, bytes).returnValue();

        pe = addStatic(cls, context, UTF8_SETTER, ValueType.object(STRING), bytes, ValueType.VOID);
        pe.var(1, ValueType.object(STRING)).setField(UTF8_FIELD, pe.var(2, bytes));
        pe.exit();
    }

    /**
     * TeaVM's Throwable initialises its {@code suppressed} array only in the constructor that its renaming throws
     * away, so {@code getSuppressed()} throws NullPointerException and try-with-resources loses the body's
     * exception. The two methods here read and write the field through JCDK's helper, which treats null as empty.
     */
    private static void patchSuppression(ClassHolder cls, ClassHolderTransformerContext context) {
        ValueType array = ValueType.arrayOf(ValueType.object(THROWABLE));
        MethodHolder get = cls.getMethod(MethodDescriptor.parse("getSuppressed()[Ljava/lang/Throwable;"));
        MethodHolder add = cls.getMethod(MethodDescriptor.parse("addSuppressed(Ljava/lang/Throwable;)V"));
        if (get == null || add == null || cls.getField("suppressed") == null) {
            return;
        }
        String helper = ClassLibraryPatches.THROWABLES;
        ProgramEmitter pe = ProgramEmitter.create(get, context.getHierarchy());
        ValueEmitter self = pe.var(0, ValueType.object(THROWABLE));
        pe.invoke(new MethodReference(helper, "copy", array, array), self.getField("suppressed", array))
                .returnValue();

        boolean hasFlag = cls.getField("suppressionEnabled") != null;
        pe = ProgramEmitter.create(add, context.getHierarchy());
        self = pe.var(0, ValueType.object(THROWABLE));
        ValueEmitter exception = pe.var(1, ValueType.object(THROWABLE));
        ValueEmitter enabled = hasFlag ? self.getField("suppressionEnabled", ValueType.BOOLEAN) : pe.constant(1);
        ValueEmitter updated = pe.invoke(new MethodReference(helper, "add", ValueType.object(THROWABLE), array,
                ValueType.object(THROWABLE), ValueType.BOOLEAN, array), self, self.getField("suppressed", array),
                exception, enabled);
        self.setField("suppressed", updated);
        pe.exit();
    }

    /** A new public static method of {@code cls}, ready for its body. */
    private static ProgramEmitter addStatic(ClassHolder cls, ClassHolderTransformerContext context, String name,
            ValueType... signature) {
        MethodHolder method = new MethodHolder(name, signature);
        method.setLevel(AccessLevel.PUBLIC);
        method.getModifiers().add(ElementModifier.STATIC);
        cls.addMethod(method);
        return ProgramEmitter.create(method, context.getHierarchy());
    }

    /** The program's instructions, in a list of their own: they may be replaced while it is walked. */
    static java.util.List<Instruction> instructionsOf(Program program) {
        java.util.List<Instruction> all = new java.util.ArrayList<>();
        for (int b = 0; b < program.basicBlockCount(); b++) {
            for (Instruction insn : program.basicBlockAt(b)) {
                all.add(insn);
            }
        }
        return all;
    }

    /** Replaces each call of {@code Platform.optimizesForSpeed()} by the constant, so TeaVM drops the other branch. */
    private static void foldSpeedQuestion(Program program, boolean speed) {
        for (Instruction insn : instructionsOf(program)) {
            if (!(insn instanceof InvokeInstruction invoke) || !invoke.getMethod().equals(OPTIMIZES_FOR_SPEED)
                    || invoke.getReceiver() == null) {
                continue;
            }
            IntegerConstantInstruction constant = new IntegerConstantInstruction();
            constant.setConstant(speed ? 1 : 0);
            constant.setReceiver(invoke.getReceiver());
            constant.setLocation(invoke.getLocation());
            invoke.replace(constant);
        }
    }

    /** Inserts {@code target(this?, arguments...)} before the first instruction of the method. */
    private static void checkFirst(MethodHolder method, HostImportTable.Target target) {
        Program program = method.getProgram();
        Instruction first = program.basicBlockAt(0).getFirstInstruction();
        if (first == null) {
            return;
        }
        boolean isStatic = method.hasModifier(ElementModifier.STATIC);
        int n = method.parameterCount();
        int offset = isStatic ? 0 : 1;
        Variable[] args = new Variable[n + offset];
        ValueType[] signature = new ValueType[args.length + 1];
        if (!isStatic) {
            // a constructor's receiver goes as an Object: the check's class may not be nameable in Java
            args[0] = program.variableAt(0);
            signature[0] = ValueType.object(method.getName().equals("<init>") ? "java.lang.Object"
                    : method.getOwnerName());
        }
        for (int i = 0; i < n; i++) {
            args[i + offset] = program.variableAt(i + 1);
            signature[i + offset] = method.parameterType(i);
        }
        signature[args.length] = ValueType.VOID;
        InvokeInstruction call = new InvokeInstruction();
        call.setType(InvocationType.SPECIAL);
        call.setMethod(new MethodReference(target.owner(), target.method(), signature));
        call.setArguments(args);
        first.insertPrevious(call);
    }

    /**
     * {@code new Throwable(cause)} (so {@code new RuntimeException(cause)}, ...) has the message
     * {@code cause.toString()} in the JDK; TeaVM's leaves it null. Sets it before each return of that constructor.
     */
    private static void patchCauseMessage(ClassHolder cls) {
        MethodHolder init = cls.getMethod(MethodDescriptor.parse("<init>(Ljava/lang/Throwable;)V"));
        if (init == null || init.getProgram() == null || cls.getField("message") == null) {
            return;
        }
        Program program = init.getProgram();
        ValueType throwable = ValueType.object(THROWABLE);
        ValueType string = ValueType.object("java.lang.String");
        for (int b = 0; b < program.basicBlockCount(); b++) {
            Instruction last = program.basicBlockAt(b).getLastInstruction();
            if (last instanceof ExitInstruction) {
                Variable message = program.createVariable();
                InvokeInstruction call = new InvokeInstruction();
                call.setType(InvocationType.SPECIAL);
                call.setMethod(new MethodReference(ClassLibraryPatches.THROWABLES, "causeMessage", throwable,
                        string));
                call.setArguments(program.variableAt(1));
                call.setReceiver(message);
                PutFieldInstruction put = new PutFieldInstruction();
                put.setInstance(program.variableAt(0));
                put.setField(new FieldReference(THROWABLE, "message"));
                put.setFieldType(string);
                put.setValue(message);
                last.insertPrevious(call);
                last.insertPrevious(put);
            }
        }
    }

    private static String stringValue(AnnotationValue value) {
        return value == null ? "" : value.getString();
    }
}
