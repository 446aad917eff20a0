package io.jcdk.processor;

import com.google.auto.service.AutoService;
import com.squareup.javapoet.ClassName;
import io.jcdk.annotations.Canister;
import io.jcdk.annotations.Init;
import io.jcdk.annotations.PostUpgrade;
import io.jcdk.annotations.PreUpgrade;
import io.jcdk.annotations.Query;
import io.jcdk.annotations.Stable;
import io.jcdk.annotations.Update;
import io.jcdk.processor.analysis.CanisterAnalyzer;
import io.jcdk.processor.analysis.ErrorReporter;
import io.jcdk.processor.analysis.TypeMapper;
import io.jcdk.processor.generation.CanisterProperties;
import io.jcdk.processor.generation.ExportsGenerator;
import io.jcdk.processor.generation.ServiceDescription;
import io.jcdk.processor.model.CanisterModel;
import java.io.IOException;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The JCDK annotation processor. For the one {@code @Canister} class of a compilation it generates
 * {@code <Canister>Exports} (the IC entry points, compiled to Wasm by TeaVM), {@code META-INF/jcdk/service.did}
 * (the Candid service) and {@code META-INF/jcdk/canister.properties} (what the build plugin reads).
 *
 * <p>Analysis ({@link CanisterAnalyzer}, reporting through one {@link ErrorReporter}) is apart from generation
 * (package {@code io.jcdk.processor.generation}), which runs only on an error-free {@link CanisterModel}.
 */
@AutoService(Processor.class)
public final class CanisterProcessor extends AbstractProcessor {
    private static final List<Class<? extends Annotation>> MEMBER_ANNOTATIONS =
            List.of(Init.class, Update.class, Query.class, PreUpgrade.class, PostUpgrade.class, Stable.class);

    /** The @Canister classes seen in this compilation (over all rounds), by qualified name. */
    private final Set<String> canisters = new LinkedHashSet<>();
    /** Canister classes whose analysis waits for types that later rounds may generate. */
    private final Set<String> deferred = new LinkedHashSet<>();
    private boolean reportedMany;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        Set<String> names = new LinkedHashSet<>();
        names.add(Canister.class.getCanonicalName());
        for (Class<? extends Annotation> a : MEMBER_ANNOTATIONS) {
            names.add(a.getCanonicalName());
        }
        return names;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        ErrorReporter reporter = new ErrorReporter(processingEnv.getMessager());
        CanisterAnalyzer analyzer = new CanisterAnalyzer(processingEnv, reporter);

        for (Class<? extends Annotation> a : MEMBER_ANNOTATIONS) {
            for (Element e : round.getElementsAnnotatedWith(a)) {
                analyzer.checkPlacement(e, a);
            }
        }

        List<TypeElement> found = new ArrayList<>();
        for (Element e : round.getElementsAnnotatedWith(Canister.class)) {
            if (e instanceof TypeElement t && canisters.add(t.getQualifiedName().toString())) {
                found.add(t);
            }
        }
        if (canisters.size() > 1) {
            reportMany(found, reporter);
            return false;
        }

        List<TypeElement> ready = new ArrayList<>();
        for (String name : deferred) {
            TypeElement t = processingEnv.getElementUtils().getTypeElement(name);
            if (t != null) {
                ready.add(t);
            }
        }
        deferred.clear();
        ready.addAll(found);
        for (TypeElement type : ready) {
            if (!round.processingOver() && hasUnresolvedTypes(type)) {
                // Another processor may generate the missing types in a later round.
                deferred.add(type.getQualifiedName().toString());
                continue;
            }
            analyzer.analyze(type).ifPresent(this::generate);
        }
        return false;
    }

    private void reportMany(List<TypeElement> found, ErrorReporter reporter) {
        String message = "only one @Canister class is allowed in a compilation (one per Maven module), but there are "
                + canisters.size() + ": " + String.join(", ", canisters);
        if (!reportedMany) {
            reportedMany = true;
            deferred.clear();
            for (String name : canisters) {
                TypeElement t = processingEnv.getElementUtils().getTypeElement(name);
                if (t != null) {
                    reporter.error(t, message);
                }
            }
        } else {
            for (TypeElement t : found) {
                reporter.error(t, message);
            }
        }
    }

    /** Whether a type the canister's interface uses is not (yet) known to javac. */
    private static boolean hasUnresolvedTypes(TypeElement type) {
        for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (CanisterAnalyzer.annotationsOn(m).isEmpty()) {
                continue;
            }
            if (TypeMapper.containsErrors(m.getReturnType())) {
                return true;
            }
            for (VariableElement p : m.getParameters()) {
                if (TypeMapper.containsErrors(p.asType())) {
                    return true;
                }
            }
        }
        for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (f.getAnnotation(Stable.class) != null && TypeMapper.containsErrors(f.asType())) {
                return true;
            }
        }
        return false;
    }

    private void generate(CanisterModel canister) {
        Filer filer = processingEnv.getFiler();
        Optional<ClassName> generated =
                processingEnv.getElementUtils().getTypeElement("javax.annotation.processing.Generated") != null
                        ? Optional.of(ClassName.get("javax.annotation.processing", "Generated"))
                        : Optional.empty();
        try {
            for (com.squareup.javapoet.JavaFile file : ExportsGenerator.generate(canister, generated)) {
                file.writeTo(filer);
            }
            writeResource(filer, canister, CanisterProperties.DID_PATH, ServiceDescription.of(canister));
            writeResource(filer, canister, CanisterProperties.PATH, CanisterProperties.of(canister));
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "could not write the generated files of " + canister.canisterClass() + ": " + e,
                    canister.element());
        }
    }

    private static void writeResource(Filer filer, CanisterModel canister, String path, String text)
            throws IOException {
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path, canister.element());
        try (Writer w = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            w.write(text);
        }
    }
}
