package io.jcdk.processor.analysis;

import io.jcdk.candid.FieldHash;
import com.squareup.javapoet.ClassName;
import io.jcdk.annotations.CandidName;
import io.jcdk.annotations.Canister;
import io.jcdk.annotations.Init;
import io.jcdk.annotations.PostUpgrade;
import io.jcdk.annotations.PreUpgrade;
import io.jcdk.annotations.Query;
import io.jcdk.annotations.Stable;
import io.jcdk.annotations.Unsigned;
import io.jcdk.annotations.Update;
import io.jcdk.processor.model.CanisterModel;
import io.jcdk.processor.model.LifecycleMethod;
import io.jcdk.processor.model.MappedType;
import io.jcdk.processor.model.NamedType;
import io.jcdk.processor.model.Param;
import io.jcdk.processor.model.ServiceMethod;
import io.jcdk.processor.model.StableField;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks a {@code @Canister} class and builds its {@link CanisterModel}. Every problem is reported through the
 * {@link ErrorReporter}; analysis goes on after an error so that one compilation shows as many as possible, and
 * produces a model only when there were none.
 */
public final class CanisterAnalyzer {
    /** The annotations that make a method part of the canister's interface, in the order messages list them. */
    public static final List<Class<? extends Annotation>> METHOD_ANNOTATIONS =
            List.of(Init.class, Update.class, Query.class, PreUpgrade.class, PostUpgrade.class);

    private final ProcessingEnvironment env;
    private final Elements elements;
    private final ErrorReporter reporter;
    /** The type mapper of the canister being analysed: it collects the canister's named types. */
    private TypeMapper mapper;

    public CanisterAnalyzer(ProcessingEnvironment env, ErrorReporter reporter) {
        this.env = env;
        this.elements = env.getElementUtils();
        this.reporter = reporter;
    }

    /** The model of {@code type}, or empty if it has errors (all of them reported). */
    public Optional<CanisterModel> analyze(TypeElement type) {
        int errorsBefore = reporter.errorCount();
        mapper = new TypeMapper(env, reporter, elements.getPackageOf(type));
        checkClass(type);

        LifecycleMethod init = null;
        LifecycleMethod preUpgrade = null;
        LifecycleMethod postUpgrade = null;
        Map<Class<? extends Annotation>, ExecutableElement> hooks = new LinkedHashMap<>();
        List<ServiceMethod> methods = new ArrayList<>();
        Map<String, ExecutableElement> methodsByCandidName = new LinkedHashMap<>();

        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            List<Class<? extends Annotation>> present = annotationsOn(method);
            if (present.isEmpty()) {
                continue;
            }
            if (present.size() > 1) {
                reporter.error(method, "method \"" + method.getSimpleName() + "\" has " + listAnnotations(present)
                        + ": a method may have only one of @Init, @Update, @Query, @PreUpgrade and @PostUpgrade");
                continue;
            }
            Class<? extends Annotation> kind = present.get(0);
            if (!checkMethodModifiers(method, kind)) {
                continue;
            }
            if (kind == Update.class || kind == Query.class) {
                serviceMethod(type, method, kind, methodsByCandidName).ifPresent(methods::add);
                continue;
            }
            ExecutableElement previous = hooks.putIfAbsent(kind, method);
            if (previous != null) {
                reporter.error(method, annotationMirror(method, kind), "only one @" + kind.getSimpleName()
                        + " method is allowed, and \"" + previous.getSimpleName() + "\" is one already: \""
                        + method.getSimpleName() + "\" is a second");
                continue;
            }
            if (kind == PreUpgrade.class && !method.getParameters().isEmpty()) {
                reporter.error(method, "@PreUpgrade method \"" + method.getSimpleName()
                        + "\" must not have parameters (nothing passes arguments to canister_pre_upgrade)");
                continue;
            }
            Optional<List<Param>> params = params(method);
            if (params.isEmpty()) {
                continue;
            }
            LifecycleMethod hook = new LifecycleMethod(method.getSimpleName().toString(), params.get());
            if (kind == Init.class) {
                init = hook;
            } else if (kind == PreUpgrade.class) {
                preUpgrade = hook;
            } else {
                postUpgrade = hook;
            }
        }

        List<StableField> stableFields = stableFields(type);

        if (reporter.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        ClassName canisterClass = ClassName.get(type);
        ClassName exportsClass = ClassName.get(canisterClass.packageName(),
                String.join("_", canisterClass.simpleNames()) + "Exports");
        int version = type.getAnnotation(Canister.class).version();
        return Optional.of(new CanisterModel(type, canisterClass, exportsClass, version, Optional.ofNullable(init),
                Optional.ofNullable(preUpgrade), Optional.ofNullable(postUpgrade), methods, stableFields,
                mapper.namedTypes()));
    }

    // ---------------------------------------------------------------- the class

    private void checkClass(TypeElement type) {
        String name = type.getQualifiedName().toString();
        if (type.getKind() != ElementKind.CLASS) {
            reporter.error(type, "@Canister applies to classes, but " + name + " is "
                    + describeKind(type.getKind()));
            return;
        }
        if (type.getModifiers().contains(Modifier.ABSTRACT)) {
            reporter.error(type, "@Canister class " + name + " must not be abstract: the generated code creates"
                    + " its instance");
        }
        if (type.getNestingKind() != NestingKind.TOP_LEVEL
                && (type.getNestingKind() != NestingKind.MEMBER || !type.getModifiers().contains(Modifier.STATIC))) {
            reporter.error(type, "@Canister class " + name + " must be a top-level class or a static nested class");
        }
        for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                reporter.error(type, "@Canister class " + name + " must not be private or nested in a private class:"
                        + " the generated " + "code in its package uses it");
                break;
            }
        }
        if (!type.getTypeParameters().isEmpty()) {
            reporter.error(type, "@Canister class " + name + " must not be generic");
        }
        boolean hasConstructor = false;
        for (ExecutableElement c : ElementFilter.constructorsIn(type.getEnclosedElements())) {
            // The implicit default constructor has the class's access: that is checked above.
            boolean implicit = elements.getOrigin(c) == Elements.Origin.MANDATED;
            if (c.getParameters().isEmpty() && (implicit || !c.getModifiers().contains(Modifier.PRIVATE))) {
                hasConstructor = true;
            }
        }
        if (!hasConstructor) {
            reporter.error(type, "@Canister class " + name + " needs a non-private constructor without parameters:"
                    + " the generated code creates the instance in canister_init and canister_post_upgrade");
        }
    }

    private static String describeKind(ElementKind kind) {
        switch (kind) {
            case INTERFACE:
                return "an interface";
            case ENUM:
                return "an enum";
            case ANNOTATION_TYPE:
                return "an annotation type";
            case RECORD:
                return "a record (its fields cannot change)";
            default:
                return "a " + kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    // ---------------------------------------------------------------- methods

    /** The canister-method annotations present on {@code method}. */
    public static List<Class<? extends Annotation>> annotationsOn(Element method) {
        List<Class<? extends Annotation>> present = new ArrayList<>();
        for (Class<? extends Annotation> a : METHOD_ANNOTATIONS) {
            if (method.getAnnotation(a) != null) {
                present.add(a);
            }
        }
        return present;
    }

    private static String listAnnotations(List<Class<? extends Annotation>> annotations) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < annotations.size(); i++) {
            sb.append(i == 0 ? "" : i == annotations.size() - 1 ? " and " : ", ")
                    .append('@').append(annotations.get(i).getSimpleName());
        }
        return sb.toString();
    }

    private boolean checkMethodModifiers(ExecutableElement method, Class<? extends Annotation> kind) {
        String what = "@" + kind.getSimpleName() + " method \"" + method.getSimpleName() + "\"";
        boolean ok = true;
        if (method.getModifiers().contains(Modifier.PRIVATE)) {
            reporter.error(method, what + " must not be private: the generated code in the same package calls it");
            ok = false;
        }
        if (method.getModifiers().contains(Modifier.STATIC)) {
            reporter.error(method, what + " must not be static: it runs on the canister instance");
            ok = false;
        }
        if (!method.getTypeParameters().isEmpty()) {
            reporter.error(method, what + " must not be generic: Candid needs concrete types");
            ok = false;
        }
        return ok;
    }

    private Optional<ServiceMethod> serviceMethod(TypeElement type, ExecutableElement method,
            Class<? extends Annotation> kind, Map<String, ExecutableElement> byCandidName) {
        String javaName = method.getSimpleName().toString();
        String nameAttr;
        String guardAttr;
        ServiceMethod.Kind methodKind;
        if (kind == Update.class) {
            Update u = method.getAnnotation(Update.class);
            nameAttr = u.name();
            guardAttr = u.guard();
            methodKind = ServiceMethod.Kind.UPDATE;
        } else {
            Query q = method.getAnnotation(Query.class);
            nameAttr = q.name();
            guardAttr = q.guard();
            methodKind = ServiceMethod.Kind.QUERY;
        }
        AnnotationMirror mirror = annotationMirror(method, kind);
        boolean ok = true;

        String candidName = nameAttr.isEmpty() ? javaName : nameAttr;
        if (candidName.isBlank()) {
            reporter.error(method, mirror, "the Candid name of method \"" + javaName
                    + "\" is blank: give a name with at least one visible character, or leave name empty to use"
                    + " the Java name");
            ok = false;
        } else {
            ExecutableElement previous = byCandidName.putIfAbsent(candidName, method);
            if (previous != null) {
                reporter.error(method, mirror, "Candid method name \"" + candidName + "\" of method \"" + javaName
                        + "\" is already used by method \"" + previous.getSimpleName()
                        + "\": give one of them another name with name = \"...\"");
                ok = false;
            }
        }

        Optional<String> guard = Optional.empty();
        if (!guardAttr.isEmpty()) {
            ok &= checkGuard(type, method, mirror, guardAttr);
            guard = Optional.of(guardAttr);
        }

        Optional<List<Param>> params = params(method);
        Optional<MappedType> result = Optional.empty();
        Optional<NamedType> resultTuple = Optional.empty();
        TypeMirror returnType = method.getReturnType();
        boolean unsigned = isUnsigned(method, returnType);
        if (returnType.getKind() == TypeKind.VOID) {
            if (unsigned) {
                reporter.error(method, "@Unsigned on method \"" + javaName + "\" applies to its result, but it"
                        + " returns void");
                ok = false;
            }
        } else {
            result = mapType(method, returnType, "result of method \"" + javaName + "\"");
            ok &= result.isPresent();
            if (result.isPresent() && result.get().shape() == MappedType.Shape.NAMED) {
                NamedType t = mapper.namedType(result.get().typeName());
                if (t.kind() == NamedType.Kind.TUPLE) {
                    // A @CandidTuple result: its components are the method's results.
                    resultTuple = Optional.of(t);
                }
            }
        }
        if (!ok || params.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ServiceMethod(methodKind, candidName, javaName, params.get(), result, resultTuple,
                guard));
    }

    private boolean checkGuard(TypeElement type, ExecutableElement method, AnnotationMirror mirror, String guard) {
        String what = "guard \"" + guard + "\" of method \"" + method.getSimpleName() + "\"";
        String expected = "; a guard is a non-private instance method \"void " + guard + "()\" of "
                + type.getQualifiedName();
        List<ExecutableElement> named = new ArrayList<>();
        for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (m.getSimpleName().contentEquals(guard)) {
                named.add(m);
            }
        }
        if (named.isEmpty()) {
            reporter.error(method, mirror, what + " does not exist" + expected);
            return false;
        }
        ExecutableElement g = null;
        for (ExecutableElement m : named) {
            if (m.getParameters().isEmpty()) {
                g = m;
            }
        }
        if (g == null) {
            reporter.error(method, mirror, what + " must have no parameters" + expected);
            return false;
        }
        if (g.getModifiers().contains(Modifier.PRIVATE) || g.getModifiers().contains(Modifier.STATIC)) {
            reporter.error(method, mirror, what + " must be a non-private instance method (neither private nor"
                    + " static)" + expected);
            return false;
        }
        if (g.getModifiers().contains(Modifier.PROTECTED)
                && !elements.getPackageOf(g).equals(elements.getPackageOf(type))) {
            reporter.error(method, mirror, what + " is protected in another package, so the generated code cannot"
                    + " call it: make it public or override it in " + type.getQualifiedName());
            return false;
        }
        if (g.getReturnType().getKind() != TypeKind.VOID) {
            reporter.error(method, mirror, what + " must return void (it refuses a call by throwing"
                    + " io.jcdk.canister.GuardRejection)" + expected);
            return false;
        }
        return true;
    }

    /** The mapped parameters of {@code method}, or empty after reporting the ones without a Candid mapping. */
    private Optional<List<Param>> params(ExecutableElement method) {
        List<Param> params = new ArrayList<>();
        boolean ok = true;
        for (VariableElement p : method.getParameters()) {
            Optional<MappedType> t = mapType(p, p.asType(),
                    "parameter \"" + p.getSimpleName() + "\" of method \"" + method.getSimpleName() + "\"");
            if (t.isPresent()) {
                params.add(new Param(p.getSimpleName().toString(), t.get()));
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(params) : Optional.empty();
    }

    /** Maps a type, reporting on {@code element} (described by {@code what}) if it cannot be mapped. */
    private Optional<MappedType> mapType(Element element, TypeMirror type, String what) {
        return mapper.map(element, type, what);
    }

    // ---------------------------------------------------------------- stable fields

    private List<StableField> stableFields(TypeElement type) {
        List<StableField> fields = new ArrayList<>();
        Map<Long, VariableElement> byId = new LinkedHashMap<>();
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (field.getAnnotation(Stable.class) == null) {
                continue;
            }
            String javaName = field.getSimpleName().toString();
            String what = "@Stable field \"" + javaName + "\"";
            boolean ok = true;
            if (field.getModifiers().contains(Modifier.PRIVATE)) {
                reporter.error(field, what + " must not be private: the generated upgrade code in the same package"
                        + " reads and writes it");
                ok = false;
            }
            if (field.getModifiers().contains(Modifier.STATIC)) {
                reporter.error(field, what + " must not be static: @Stable fields belong to the canister instance");
                ok = false;
            }
            if (field.getModifiers().contains(Modifier.FINAL)) {
                reporter.error(field, what + " must not be final: the generated post-upgrade code assigns it");
                ok = false;
            }
            Optional<MappedType> t = mapType(field, field.asType(), what);
            CandidName rename = field.getAnnotation(CandidName.class);
            String candidName = rename != null ? rename.value() : javaName;
            if (candidName.isEmpty()) {
                reporter.error(field, what + ": @CandidName must not be empty");
                ok = false;
            } else {
                VariableElement previous = byId.putIfAbsent(FieldHash.hash(candidName), field);
                if (previous != null) {
                    reporter.error(field, what + ": its Candid field name \"" + candidName + "\" has the same field"
                            + " id as @Stable field \"" + previous.getSimpleName() + "\"; rename one with"
                            + " @CandidName");
                    ok = false;
                }
            }
            if (ok && t.isPresent()) {
                fields.add(new StableField(javaName, candidName, t.get()));
            }
        }
        return fields;
    }

    // ---------------------------------------------------------------- placement

    /**
     * Reports an annotated method or field whose class is not a {@code @Canister} class (the analysis of canister
     * classes never sees it).
     */
    public void checkPlacement(Element element, Class<? extends Annotation> annotation) {
        Element enclosing = element.getEnclosingElement();
        if (enclosing != null && enclosing.getAnnotation(Canister.class) != null) {
            return;
        }
        String what = element.getKind() == ElementKind.FIELD ? "field" : "method";
        reporter.error(element, annotationMirror(element, annotation), "@" + annotation.getSimpleName() + " " + what
                + " \"" + element.getSimpleName() + "\" is not in a @Canister class (it is in "
                + (enclosing instanceof TypeElement ? ((TypeElement) enclosing).getQualifiedName() : enclosing)
                + "); only members declared in the @Canister class itself take part");
    }

    /**
     * Whether {@code @Unsigned} is on the declaration or on its type (as a type annotation). Type annotations are
     * read from the mirrors: javac's {@code TypeMirror.getAnnotation(Class)} does not see them.
     */
    static boolean isUnsigned(Element declaration, TypeMirror type) {
        return annotationMirror(declaration, Unsigned.class) != null || hasMirror(type, Unsigned.class);
    }

    private static boolean hasMirror(AnnotatedConstruct construct, Class<? extends Annotation> annotation) {
        for (AnnotationMirror m : construct.getAnnotationMirrors()) {
            if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals(annotation.getCanonicalName())) {
                return true;
            }
        }
        return false;
    }

    /** The mirror of {@code annotation} on {@code element}, for precise error positions; null if absent. */
    static AnnotationMirror annotationMirror(Element element, Class<? extends Annotation> annotation) {
        for (AnnotationMirror m : element.getAnnotationMirrors()) {
            if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals(annotation.getCanonicalName())) {
                return m;
            }
        }
        return null;
    }
}
