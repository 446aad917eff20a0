package io.jcdk.processor.analysis;

import io.jcdk.candid.FieldHash;
import io.jcdk.candid.Names;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import com.sun.source.util.Trees;
import io.jcdk.annotations.CandidName;
import io.jcdk.annotations.CandidTuple;
import io.jcdk.annotations.Unsigned;
import io.jcdk.processor.model.CandidType.Primitive;
import io.jcdk.processor.model.MappedType;
import io.jcdk.processor.model.NamedType;
import java.lang.annotation.Annotation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Maps the Java types of one canister to Candid types.
 *
 * <ul>
 *   <li>Scalars ({@link #SCALARS}): primitives, their boxes, {@code String}, {@code BigInteger}, {@code Principal};
 *       {@code @Unsigned} picks the {@code nat} types. {@code byte[]} is {@code blob}.
 *   <li>{@code Optional<T>}, and any type with an annotation named {@code Nullable} (javax, jakarta, jspecify,
 *       checker, ...), is {@code opt T}.
 *   <li>Arrays, {@code List}, {@code Collection}, {@code Set} and their usual implementations are {@code vec T};
 *       {@code Map<K, V>} is {@code vec record { K; V }}.
 *   <li>Java records and classes are records, enums are variants without payloads, sealed interfaces whose permitted
 *       types are records are variants with a payload per record: each such type is a {@link NamedType}, written
 *       once in the .did by name, so types may be recursive. A generic record is named after its type arguments
 *       ({@code Page<Profile>} is {@code Page_Profile}).
 * </ul>
 *
 * <p>Records are built with their canonical constructor and read through their accessors. A class (not abstract, not
 * an inner class, outside {@code java.*}) maps to the record of its fields and those of its superclasses: every
 * non-static, non-transient field takes part and must be non-private and non-final (the decoder creates the object
 * with its no-argument constructor, which must be callable from the canister's package, then assigns the fields);
 * mark a field {@code transient} to leave it out. {@code @CandidName} renames a field, record component or enum
 * constant; on a permitted record it names the variant case. A {@code @CandidTuple} record is {@code record { T0; T1 }};
 * as a method result it is several results. Declaration-level {@code @Unsigned} applies to the type and, for arrays,
 * to the element; inside type arguments write it as a type annotation ({@code List<@Unsigned Long>}).
 *
 * Each problem is reported once, on the element at fault when it is in this compilation's sources (a record
 * component, a field, a permitted type, a class), else on the use (the parameter, method or {@code @Stable} field).
 */
public final class TypeMapper {
    /** The qualified name of the canister library's principal class (the processor does not depend on it). */
    public static final String PRINCIPAL = "io.jcdk.canister.Principal";

    /** A row of the scalar table: a Java type and its Candid type, signed and (if there is one) unsigned. */
    record Scalar(TypeName javaType, Primitive signed, Primitive unsigned) {
    }

    /** Java types that map to a primitive Candid type, keyed by {@link #key(TypeMirror)}. */
    static final Map<String, Scalar> SCALARS = new LinkedHashMap<>();

    static {
        scalar(TypeName.BOOLEAN, Primitive.BOOL, null);
        scalar(TypeName.BOOLEAN.box(), Primitive.BOOL, null);
        scalar(TypeName.LONG, Primitive.INT64, Primitive.NAT64);
        scalar(TypeName.LONG.box(), Primitive.INT64, Primitive.NAT64);
        scalar(TypeName.INT, Primitive.INT32, Primitive.NAT32);
        scalar(TypeName.INT.box(), Primitive.INT32, Primitive.NAT32);
        scalar(TypeName.SHORT, Primitive.INT16, Primitive.NAT16);
        scalar(TypeName.SHORT.box(), Primitive.INT16, Primitive.NAT16);
        scalar(TypeName.BYTE, Primitive.INT8, Primitive.NAT8);
        scalar(TypeName.BYTE.box(), Primitive.INT8, Primitive.NAT8);
        scalar(TypeName.FLOAT, Primitive.FLOAT32, null);
        scalar(TypeName.FLOAT.box(), Primitive.FLOAT32, null);
        scalar(TypeName.DOUBLE, Primitive.FLOAT64, null);
        scalar(TypeName.DOUBLE.box(), Primitive.FLOAT64, null);
        scalar(ClassName.get("java.lang", "String"), Primitive.TEXT, null);
        scalar(ClassName.get("java.math", "BigInteger"), Primitive.INT, Primitive.NAT);
        scalar(ClassName.bestGuess(PRINCIPAL), Primitive.PRINCIPAL, null);
    }

    private static void scalar(TypeName javaType, Primitive signed, Primitive unsigned) {
        SCALARS.put(javaType.toString(), new Scalar(javaType, signed, unsigned));
    }

    /** Collection types mapped to {@code vec T}, with the class the decoder creates. */
    static final Map<String, ClassName> COLLECTIONS = new HashMap<>();
    /** Map types mapped to {@code vec record { K; V }}, with the class the decoder creates. */
    static final Map<String, ClassName> MAPS = new HashMap<>();

    static {
        ClassName arrayList = ClassName.get("java.util", "ArrayList");
        ClassName linkedHashSet = ClassName.get("java.util", "LinkedHashSet");
        ClassName treeSet = ClassName.get("java.util", "TreeSet");
        for (String s : List.of("List", "Collection", "ArrayList")) {
            COLLECTIONS.put("java.util." + s, arrayList);
        }
        COLLECTIONS.put("java.util.LinkedList", ClassName.get("java.util", "LinkedList"));
        for (String s : List.of("Set", "HashSet", "LinkedHashSet")) {
            COLLECTIONS.put("java.util." + s, linkedHashSet);
        }
        for (String s : List.of("SortedSet", "NavigableSet", "TreeSet")) {
            COLLECTIONS.put("java.util." + s, treeSet);
        }
        ClassName linkedHashMap = ClassName.get("java.util", "LinkedHashMap");
        ClassName treeMap = ClassName.get("java.util", "TreeMap");
        for (String s : List.of("Map", "HashMap", "LinkedHashMap")) {
            MAPS.put("java.util." + s, linkedHashMap);
        }
        for (String s : List.of("SortedMap", "NavigableMap", "TreeMap")) {
            MAPS.put("java.util." + s, treeMap);
        }
    }

    /** Unwinds the mapping of one use after its problem has been reported. */
    private static final class Failed extends RuntimeException {
        Failed() {
            super(null, null, false, false);
        }
    }

    /** One step into a named type, for messages: the member's element and how to call it. */
    private record Frame(Element element, String description) {
    }

    private final Types types;
    private final Elements elements;
    private final ErrorReporter reporter;
    private final Trees trees;
    private final PackageElement generatedPackage;

    /** Named types by key (qualified name and type arguments), in order of first use; placeholders while mapped. */
    private final Map<String, NamedType> named = new LinkedHashMap<>();
    private final Map<String, String> keysByName = new HashMap<>();
    private final Set<String> failedKeys = new HashSet<>();
    private final Set<String> reported = new HashSet<>();

    private Element useElement;
    private String useWhat;
    private TypeMirror useType;
    private final Deque<Frame> path = new ArrayDeque<>();

    /**
     * @param generatedPackage the package of the generated code, from which every mapped type, constructor and field
     *     must be accessible
     */
    public TypeMapper(ProcessingEnvironment env, ErrorReporter reporter, PackageElement generatedPackage) {
        this.types = env.getTypeUtils();
        this.elements = env.getElementUtils();
        this.reporter = reporter;
        this.generatedPackage = generatedPackage;
        Trees t;
        try {
            t = Trees.instance(env);
        } catch (RuntimeException | LinkageError e) {
            t = null; // not javac: report every problem at the use
        }
        this.trees = t;
    }

    /** The named types mapped so far, in order of first use. */
    public List<NamedType> namedTypes() {
        return new ArrayList<>(named.values());
    }

    /** The definition of a named type mapped before. */
    public NamedType namedType(String name) {
        return named.get(keysByName.get(name));
    }

    /**
     * Maps the type of a declaration: a parameter, a method (its result) or a field. {@code @Unsigned} and
     * {@code @Nullable} on the declaration apply to its type. Reports on {@code declaration} (described by
     * {@code what}, e.g. {@code parameter "x" of method "m"}) or on the element at fault, and returns empty, if the
     * type cannot be mapped.
     */
    public Optional<MappedType> map(Element declaration, TypeMirror type, String what) {
        useElement = declaration;
        useWhat = what;
        useType = type;
        path.clear();
        try {
            return Optional.of(map(type, has(declaration, Unsigned.class), isNullable(declaration)));
        } catch (Failed f) {
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- the rules

    private MappedType map(TypeMirror type, boolean declUnsigned, boolean declNullable) {
        if (containsErrors(type)) {
            // javac reports the unresolved type itself; one error is enough.
            reporter.alreadyReported();
            throw new Failed();
        }
        if (declNullable || isNullable(type)) {
            if (type.getKind().isPrimitive()) {
                throw fail(null, "@Nullable does not apply to the primitive type " + describe(type) + " (use "
                        + TypeName.get(types.getPrimitiveType(type.getKind())).box() + ")");
            }
            return MappedType.nullable(mapNonNull(type, declUnsigned));
        }
        return mapNonNull(type, declUnsigned);
    }

    private MappedType mapNonNull(TypeMirror type, boolean declUnsigned) {
        boolean unsigned = declUnsigned || has(type, Unsigned.class);
        switch (type.getKind()) {
            case TYPEVAR:
                throw fail(null, "type variable " + type + " is not a concrete type, and Candid needs one");
            case WILDCARD:
                throw fail(null, "wildcard type " + describe(type) + " is not supported: use a concrete type argument");
            case ARRAY:
                return array((ArrayType) type, unsigned);
            default:
                break;
        }
        Scalar s = SCALARS.get(key(type));
        if (s != null) {
            if (unsigned && s.unsigned() == null) {
                throw fail(null, unsignedProblem(type));
            }
            return MappedType.scalar(s.javaType(), unsigned ? s.unsigned() : s.signed());
        }
        if (unsigned) {
            String hint = type.getKind() == TypeKind.DECLARED && !((DeclaredType) type).getTypeArguments().isEmpty()
                    ? "; for the type arguments write it on them, e.g. List<@Unsigned Long>" : "";
            throw fail(null, unsignedProblem(type) + hint);
        }
        if (type.getKind() != TypeKind.DECLARED) {
            throw fail(null, noMapping(type));
        }
        DeclaredType d = (DeclaredType) type;
        TypeElement e = (TypeElement) d.asElement();
        String qn = e.getQualifiedName().toString();
        if (!e.getTypeParameters().isEmpty() && d.getTypeArguments().isEmpty()) {
            throw fail(null, "raw type " + qn + " has no Candid mapping: give its type arguments, e.g. " + qn + "<"
                    + typeParameterList(e) + ">");
        }
        if (qn.equals("java.util.Optional")) {
            return MappedType.optional(TypeName.get(d), map(d.getTypeArguments().get(0), false, false));
        }
        if (COLLECTIONS.containsKey(qn)) {
            return MappedType.collection(TypeName.get(d), COLLECTIONS.get(qn),
                    map(d.getTypeArguments().get(0), false, false));
        }
        if (MAPS.containsKey(qn)) {
            MappedType k = map(d.getTypeArguments().get(0), false, false);
            MappedType v = map(d.getTypeArguments().get(1), false, false);
            return MappedType.map(TypeName.get(d), MAPS.get(qn), k, v);
        }
        if (qn.startsWith("java.") || qn.startsWith("javax.") || qn.startsWith("jdk.") || qn.startsWith("sun.")
                || qn.startsWith("io.jcdk.canister.") || qn.startsWith("io.jcdk.candid.")) {
            throw fail(null, noMapping(type));
        }
        switch (e.getKind()) {
            case ENUM:
            case RECORD:
                return named(d, e);
            case INTERFACE:
                if (e.getModifiers().contains(Modifier.SEALED)) {
                    return named(d, e);
                }
                throw fail(null, noMapping(type) + " (an interface maps to a Candid variant only when it is sealed"
                        + " and its permitted types are records)");
            case CLASS:
                if (e.getModifiers().contains(Modifier.ABSTRACT)) {
                    throw fail(null, noMapping(type) + " (an abstract class cannot be created; use a sealed interface"
                            + " of records for a variant)");
                }
                return named(d, e);
            default:
                throw fail(null, noMapping(type));
        }
    }

    private MappedType array(ArrayType type, boolean unsigned) {
        TypeMirror component = type.getComponentType();
        if (component.getKind() == TypeKind.BYTE && !isNullable(component)) {
            return MappedType.blob();
        }
        if (component.getKind() == TypeKind.DECLARED && !((DeclaredType) component).getTypeArguments().isEmpty()) {
            throw fail(null, "array type " + describe(type) + " has no Candid mapping: Java cannot create arrays of"
                    + " generic types; use a List");
        }
        return MappedType.array(map(component, unsigned, false));
    }

    // ---------------------------------------------------------------- named types

    private MappedType named(DeclaredType d, TypeElement e) {
        String key = e.getQualifiedName() + typeArgumentsKey(d);
        TypeName javaType = TypeName.get(d);
        NamedType known = named.get(key);
        if (known != null) {
            return MappedType.named(javaType, known.name());
        }
        if (failedKeys.contains(key)) {
            reporter.alreadyReported();
            throw new Failed();
        }
        checkAccessible(e);
        String name = allocateName(d, e, key);
        NamedType.Kind kind = kindOf(e);
        // A placeholder first: a recursive use finds the name, and the .did lists types in order of first use.
        named.put(key, new NamedType(name, kind, javaType, List.of()));
        try {
            List<NamedType.Member> members;
            switch (kind) {
                case ENUM:
                    members = enumConstants(e);
                    break;
                case RECORD:
                case TUPLE:
                    members = recordComponents(d, e, kind == NamedType.Kind.TUPLE);
                    break;
                case CLASS:
                    members = classFields(d, e);
                    break;
                default:
                    members = sealedCases(e);
                    break;
            }
            named.put(key, new NamedType(name, kind, javaType, members));
            return MappedType.named(javaType, name);
        } catch (Failed f) {
            named.remove(key);
            keysByName.remove(name);
            failedKeys.add(key);
            throw f;
        }
    }

    private static NamedType.Kind kindOf(TypeElement e) {
        switch (e.getKind()) {
            case ENUM:
                return NamedType.Kind.ENUM;
            case RECORD:
                return e.getAnnotation(CandidTuple.class) != null ? NamedType.Kind.TUPLE : NamedType.Kind.RECORD;
            case INTERFACE:
                return NamedType.Kind.SEALED;
            default:
                return NamedType.Kind.CLASS;
        }
    }

    private List<NamedType.Member> enumConstants(TypeElement e) {
        Members members = new Members("enum " + e.getQualifiedName(), "constant");
        for (Element c : e.getEnclosedElements()) {
            if (c.getKind() == ElementKind.ENUM_CONSTANT) {
                String javaName = c.getSimpleName().toString();
                members.add(c, javaName, candidName(c, javaName), null, null);
            }
        }
        return members.list;
    }

    private List<NamedType.Member> recordComponents(DeclaredType d, TypeElement e, boolean tuple) {
        String what = (tuple ? "@CandidTuple record " : "record ") + e.getQualifiedName();
        Members members = new Members(what, "field");
        List<? extends RecordComponentElement> components = e.getRecordComponents();
        if (tuple && components.isEmpty()) {
            throw fail(e, what + " has no components: a Candid tuple needs at least one");
        }
        for (int i = 0; i < components.size(); i++) {
            RecordComponentElement c = components.get(i);
            String javaName = c.getSimpleName().toString();
            TypeMirror t = d.getTypeArguments().isEmpty() ? c.asType()
                    : ((ExecutableType) types.asMemberOf(d, c.getAccessor())).getReturnType();
            path.push(new Frame(c, "field \"" + javaName + "\" of " + what));
            try {
                MappedType m = map(t, has(c, Unsigned.class), isNullable(c));
                if (tuple) {
                    if (c.getAnnotation(CandidName.class) != null) {
                        throw fail(c, "@CandidName does not apply to the components of a @CandidTuple record: tuple"
                                + " fields are numbered, not named");
                    }
                    members.addNumbered(javaName, i, m);
                } else {
                    members.add(c, javaName, candidName(c, javaName), m, null);
                }
            } finally {
                path.pop();
            }
        }
        return members.list;
    }

    private List<NamedType.Member> classFields(DeclaredType d, TypeElement e) {
        String what = "class " + e.getQualifiedName();
        if (e.getNestingKind() == NestingKind.MEMBER && !e.getModifiers().contains(Modifier.STATIC)) {
            throw fail(e, what + " is an inner class: make it static, so that the generated code can create it");
        }
        if (e.getNestingKind() == NestingKind.LOCAL || e.getNestingKind() == NestingKind.ANONYMOUS) {
            throw fail(e, what + " is a local class: declare it at the top level or as a static nested class");
        }
        boolean constructor = false;
        for (ExecutableElement c : ElementFilter.constructorsIn(e.getEnclosedElements())) {
            boolean implicit = elements.getOrigin(c) == Elements.Origin.MANDATED;
            if (c.getParameters().isEmpty() && (implicit ? isAccessible(e) : isAccessible(c))) {
                constructor = true;
            }
        }
        if (!constructor) {
            throw fail(e, what + " maps to a Candid record of its fields, so it needs a constructor without"
                    + " parameters that the generated code in package " + generatedPackage.getQualifiedName()
                    + " can call (or make it a Java record)");
        }
        // Fields of superclasses first, in declaration order.
        List<TypeElement> hierarchy = new ArrayList<>();
        for (TypeElement t = e; t != null; ) {
            hierarchy.add(0, t);
            TypeMirror sup = t.getSuperclass();
            if (sup.getKind() != TypeKind.DECLARED) {
                break;
            }
            t = (TypeElement) ((DeclaredType) sup).asElement();
            if (t.getQualifiedName().toString().startsWith("java.")) {
                break;
            }
        }
        Members members = new Members(what, "field");
        for (TypeElement t : hierarchy) {
            for (VariableElement f : ElementFilter.fieldsIn(t.getEnclosedElements())) {
                Set<Modifier> mods = f.getModifiers();
                if (mods.contains(Modifier.STATIC) || mods.contains(Modifier.TRANSIENT)) {
                    continue;
                }
                String javaName = f.getSimpleName().toString();
                String fieldWhat = "field \"" + javaName + "\" of class " + t.getQualifiedName();
                if (mods.contains(Modifier.PRIVATE) || !isAccessible(f)) {
                    throw fail(f, fieldWhat + " is " + (mods.contains(Modifier.PRIVATE) ? "private" : "not accessible"
                            + " from package " + generatedPackage.getQualifiedName()) + ": a class maps to a Candid"
                            + " record of its fields, which the generated code reads and writes; make it "
                            + (mods.contains(Modifier.PRIVATE) ? "non-private" : "public") + ", or transient to leave"
                            + " it out, or use a Java record");
                }
                if (mods.contains(Modifier.FINAL)) {
                    throw fail(f, fieldWhat + " is final: the generated decoder assigns it; make it non-final, or"
                            + " transient to leave it out, or use a Java record");
                }
                path.push(new Frame(f, fieldWhat));
                try {
                    TypeMirror ft = d.getTypeArguments().isEmpty() ? f.asType() : types.asMemberOf(d, f);
                    MappedType m = map(ft, has(f, Unsigned.class), isNullable(f));
                    members.add(f, javaName, candidName(f, javaName), m, null);
                } finally {
                    path.pop();
                }
            }
        }
        return members.list;
    }

    private List<NamedType.Member> sealedCases(TypeElement e) {
        String what = "sealed interface " + e.getQualifiedName();
        if (!e.getTypeParameters().isEmpty()) {
            throw fail(e, what + " is generic: a sealed interface maps to a Candid variant only without type"
                    + " parameters");
        }
        Members members = new Members(what, "case");
        for (TypeMirror p : e.getPermittedSubclasses()) {
            TypeElement pe = (TypeElement) ((DeclaredType) p).asElement();
            if (pe.getKind() != ElementKind.RECORD) {
                throw fail(pe, "permitted type " + pe.getQualifiedName() + " of " + what + " is not a record: a sealed"
                        + " interface maps to a Candid variant whose cases are its permitted records");
            }
            if (!pe.getTypeParameters().isEmpty()) {
                throw fail(pe, "permitted record " + pe.getQualifiedName() + " of " + what + " is generic: the cases"
                        + " of a variant need concrete types");
            }
            String javaName = pe.getSimpleName().toString();
            String caseName = candidName(pe, javaName);
            MappedType payload = null;
            path.push(new Frame(pe, "case \"" + caseName + "\" of " + what));
            try {
                if (pe.getRecordComponents().isEmpty()) {
                    checkAccessible(pe);
                } else {
                    payload = map(p, false, false);
                }
            } finally {
                path.pop();
            }
            members.add(pe, javaName, caseName, payload, TypeName.get(p));
        }
        return members.list;
    }

    /** The members of one type, checked for empty names and clashing Candid ids. */
    private final class Members {
        final String owner;
        final String noun;
        final List<NamedType.Member> list = new ArrayList<>();
        final Map<Long, String> byId = new HashMap<>();

        Members(String owner, String noun) {
            this.owner = owner;
            this.noun = noun;
        }

        void add(Element element, String javaName, String candidName, MappedType type, TypeName caseType) {
            long id = FieldHash.hash(candidName);
            String previous = byId.putIfAbsent(id, javaName);
            if (previous != null) {
                throw fail(element, noun + " \"" + javaName + "\" of " + owner + ": its Candid name \"" + candidName
                        + "\" has the same Candid id as " + noun + " \"" + previous + "\"; give one of them another"
                        + " name with @CandidName");
            }
            list.add(new NamedType.Member(javaName, candidName, id, type, caseType));
        }

        void addNumbered(String javaName, int index, MappedType type) {
            list.add(new NamedType.Member(javaName, null, index, type, null));
        }
    }

    private String candidName(Element element, String javaName) {
        CandidName rename = element.getAnnotation(CandidName.class);
        if (rename == null) {
            return javaName;
        }
        if (rename.value().isEmpty()) {
            throw fail(element, "@CandidName on " + element.getSimpleName() + " must not be empty");
        }
        return rename.value();
    }

    private String allocateName(DeclaredType d, TypeElement e, String key) {
        StringBuilder base = new StringBuilder(identifier(e.getSimpleName().toString()));
        for (TypeMirror arg : d.getTypeArguments()) {
            base.append('_').append(argumentName(arg));
        }
        String name = base.toString();
        if (!Names.isBareName(name)) {
            name = name + "_";
        }
        String candidate = name;
        for (int n = 2; keysByName.containsKey(candidate); n++) {
            candidate = name + "_" + n;
        }
        keysByName.put(candidate, key);
        return candidate;
    }

    private static String argumentName(TypeMirror t) {
        if (t.getKind() == TypeKind.ARRAY) {
            return argumentName(((ArrayType) t).getComponentType()) + "Array";
        }
        if (t.getKind() == TypeKind.DECLARED) {
            DeclaredType d = (DeclaredType) t;
            StringBuilder sb = new StringBuilder(identifier(d.asElement().getSimpleName().toString()));
            for (TypeMirror arg : d.getTypeArguments()) {
                sb.append('_').append(argumentName(arg));
            }
            return sb.toString();
        }
        return identifier(t.getKind().name().toLowerCase(Locale.ROOT));
    }

    /** A Java name as a Candid identifier: characters outside {@code [A-Za-z0-9_]} become {@code _}. */
    private static String identifier(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_');
        }
        return sb.toString();
    }

    private static String typeArgumentsKey(DeclaredType d) {
        if (d.getTypeArguments().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("<");
        for (Iterator<? extends TypeMirror> it = d.getTypeArguments().iterator(); it.hasNext(); ) {
            sb.append(it.next().toString()).append(it.hasNext() ? "," : "");
        }
        return sb.append('>').toString();
    }

    private static String typeParameterList(TypeElement e) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < e.getTypeParameters().size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(i == 0 ? "String" : "Long");
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- access

    private void checkAccessible(TypeElement e) {
        for (Element t = e; t instanceof TypeElement; t = t.getEnclosingElement()) {
            if (!isAccessible(t)) {
                throw fail(e, "type " + e.getQualifiedName() + " is not accessible from package "
                        + generatedPackage.getQualifiedName() + ", where the generated code uses it: make it "
                        + (t.getModifiers().contains(Modifier.PRIVATE) ? "non-private" : "public")
                        + (t == e ? "" : " (and " + ((TypeElement) t).getQualifiedName() + ")"));
            }
        }
    }

    /** Whether code in the generated package may use this member or type (its enclosing types checked apart). */
    private boolean isAccessible(Element e) {
        Set<Modifier> mods = e.getModifiers();
        if (mods.contains(Modifier.PRIVATE)) {
            return false;
        }
        if (mods.contains(Modifier.PUBLIC)) {
            return true;
        }
        return elements.getPackageOf(e).equals(generatedPackage);
    }

    // ---------------------------------------------------------------- reporting

    /**
     * Reports a problem once and returns the exception that unwinds the use. The problem goes on {@code culprit}
     * (or the innermost member being mapped) when that is in this compilation's sources, else on the use.
     */
    private Failed fail(Element culprit, String problem) {
        Element at = positioned(culprit != null ? culprit : path.isEmpty() ? null : path.peek().element());
        String message;
        Element where;
        if (at != null && inSource(at)) {
            where = at;
            String context = culprit == null && !path.isEmpty() ? path.peek().description() + ": " : "";
            message = context + problem + " (used by " + useWhat + ")";
        } else {
            where = useElement;
            StringBuilder sb = new StringBuilder(useWhat).append(": ");
            for (Iterator<Frame> it = path.descendingIterator(); it.hasNext(); ) {
                sb.append(it.next().description()).append(": ");
            }
            sb.append(problem);
            String whole = describe(useType);
            if (path.isEmpty() && !problem.contains(whole)) {
                sb.append(" (in ").append(whole).append(')');
            }
            message = sb.toString();
        }
        if (reported.add(System.identityHashCode(where) + "\u0000" + message.replace(" (used by " + useWhat + ")",
                ""))) {
            reporter.error(where, message);
        } else {
            reporter.alreadyReported();
        }
        return new Failed();
    }

    /**
     * The element javac can point at: a record component has no tree of its own, but the record's field of the same
     * name is declared by the component.
     */
    private static Element positioned(Element e) {
        if (e instanceof RecordComponentElement c) {
            for (VariableElement f : ElementFilter.fieldsIn(c.getEnclosingElement().getEnclosedElements())) {
                if (f.getSimpleName().equals(c.getSimpleName()) && !f.getModifiers().contains(Modifier.STATIC)) {
                    return f;
                }
            }
        }
        return e;
    }

    private boolean inSource(Element e) {
        if (trees == null) {
            return false;
        }
        try {
            return trees.getPath(e) != null;
        } catch (RuntimeException ex) {
            return false;
        }
    }

    private String noMapping(TypeMirror type) {
        return "type " + describe(type) + " has no Candid mapping";
    }

    private static String unsignedProblem(TypeMirror type) {
        return "@Unsigned does not apply to type " + describe(type) + " (only to " + unsignedTypes() + ")";
    }

    // ---------------------------------------------------------------- annotations and helpers

    /** Whether an annotation of this class is on the construct (read from the mirrors, which see type annotations). */
    static boolean has(AnnotatedConstruct construct, Class<? extends Annotation> annotation) {
        for (AnnotationMirror m : construct.getAnnotationMirrors()) {
            if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals(annotation.getCanonicalName())) {
                return true;
            }
        }
        return false;
    }

    /** Whether any annotation whose simple name is {@code Nullable} is on the construct (javax, jspecify, ...). */
    static boolean isNullable(AnnotatedConstruct construct) {
        for (AnnotationMirror m : construct.getAnnotationMirrors()) {
            if (m.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lookup key of a type in the scalar table: the keyword of a primitive, the qualified name of a class without
     * type arguments; null for anything else.
     */
    static String key(TypeMirror type) {
        if (type.getKind().isPrimitive()) {
            return type.getKind().name().toLowerCase(Locale.ROOT);
        }
        if (type.getKind() == TypeKind.DECLARED) {
            DeclaredType d = (DeclaredType) type;
            if (d.getTypeArguments().isEmpty()) {
                return ((TypeElement) d.asElement()).getQualifiedName().toString();
            }
        }
        return null;
    }

    /** A type for messages: as javac prints it, without type annotations such as {@code @Unsigned}. */
    public static String describe(TypeMirror type) {
        String s = type.toString();
        // javac prints type annotations in front of the type; drop them so the message shows the plain type.
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '@') {
                int end = i + 1;
                while (end < s.length() && s.charAt(end) != ' ' && s.charAt(end) != '(') {
                    end++;
                }
                if (end < s.length() && s.charAt(end) == '(') {
                    int depth = 0;
                    while (end < s.length()) {
                        char e = s.charAt(end++);
                        if (e == '(') {
                            depth++;
                        } else if (e == ')' && --depth == 0) {
                            break;
                        }
                    }
                }
                i = end < s.length() && s.charAt(end) == ' ' ? end + 1 : end;
                continue;
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    /** The descriptive list of Java types {@code @Unsigned} applies to, for messages. */
    static String unsignedTypes() {
        return "byte, short, int, long, their boxes and java.math.BigInteger";
    }

    /** Whether a type, or any type inside it, could not be resolved (javac reports those itself). */
    public static boolean containsErrors(TypeMirror type) {
        switch (type.getKind()) {
            case ERROR:
                return true;
            case ARRAY:
                return containsErrors(((ArrayType) type).getComponentType());
            case DECLARED:
                for (TypeMirror arg : ((DeclaredType) type).getTypeArguments()) {
                    if (containsErrors(arg)) {
                        return true;
                    }
                }
                return false;
            default:
                return false;
        }
    }
}
