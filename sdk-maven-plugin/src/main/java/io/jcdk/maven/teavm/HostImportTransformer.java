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
 * replacements listed in {@link HostImportTable}, so that the module imports nothing but {@code ic0.*}; also
 * replaces the few class-library bodies that table lists. The technique is that of TeaVM's own
 * {@code WasiSupportClassTransformer}.
 */
public class HostImportTransformer implements ClassHolderTransformer {
    @Override
    public void transformClass(ClassHolder cls, ClassHolderTransformerContext context) {
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
    }

    private static void replaceBody(MethodHolder method, HostImportTable.Target target,
            ClassHolderTransformerContext context) {
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

    private static String stringValue(AnnotationValue value) {
        return value == null ? "" : value.getString();
    }
}
