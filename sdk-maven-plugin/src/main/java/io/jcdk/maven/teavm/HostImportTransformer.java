package io.jcdk.maven.teavm;

import org.teavm.interop.Import;
import org.teavm.model.AnnotationHolder;
import org.teavm.model.AnnotationValue;
import org.teavm.model.ClassHolder;
import org.teavm.model.ClassHolderTransformer;
import org.teavm.model.ClassHolderTransformerContext;
import org.teavm.model.ElementModifier;
import org.teavm.model.MethodHolder;
import org.teavm.model.MethodReference;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;

/**
 * Gives TeaVM's host-imported native methods ({@code @Import(module = "teavm...")}) Java bodies that call the
 * replacements listed in {@link HostImportTable}, so that the module imports nothing but {@code ic0.*}. The
 * technique is that of TeaVM's own {@code WasiSupportClassTransformer}.
 */
public class HostImportTransformer implements ClassHolderTransformer {
    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
        for (MethodHolder method : cls.getMethods()) {
            AnnotationHolder annotation = method.getAnnotations().get(Import.class.getName());
            if (annotation == null) {
                continue;
            }
            String module = stringValue(annotation.getValue("module"));
            String name = stringValue(annotation.getValue("name"));
            HostImportTable.Target target = HostImportTable.find(module, name);
            if (target == null) {
                continue;
            }
            method.getModifiers().remove(ElementModifier.NATIVE);
            method.getAnnotations().remove(Import.class.getName());
            ProgramEmitter pe = ProgramEmitter.create(method, context.getHierarchy());
            ValueEmitter[] args = new ValueEmitter[method.parameterCount()];
            for (int i = 0; i < args.length; i++) {
                args[i] = pe.var(i + 1, method.parameterType(i));
            }
            MethodReference replacement = new MethodReference(target.owner(), target.method(), method.getSignature());
            ValueEmitter result = pe.invoke(replacement, args);
            if (method.getResultType() != ValueType.VOID) {
                result.returnValue();
            } else {
                pe.exit();
            }
        }
    }

    private static String stringValue(AnnotationValue value) {
        return value == null ? "" : value.getString();
    }
}
