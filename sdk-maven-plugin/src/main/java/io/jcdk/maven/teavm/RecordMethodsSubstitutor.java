package io.jcdk.maven.teavm;

import java.util.Objects;
import org.teavm.classlib.impl.record.ObjectMethodsSubstitutor;
import org.teavm.dependency.BootstrapMethodSubstitutor;
import org.teavm.dependency.DynamicCallSite;
import org.teavm.model.BasicBlock;
import org.teavm.model.MethodHandle;
import org.teavm.model.ValueType;
import org.teavm.model.emit.ConditionEmitter;
import org.teavm.model.emit.ConditionProducer;
import org.teavm.model.emit.PhiEmitter;
import org.teavm.model.emit.ProgramEmitter;
import org.teavm.model.emit.ValueEmitter;
import org.teavm.model.util.InvokeDynamicUtil;

/**
 * A record's {@code equals} and {@code hashCode} as the JVM's {@code ObjectMethods} bootstrap makes them: float and
 * double components compared with {@code Float.compare}/{@code Double.compare} (NaN equals NaN, 0.0 differs from
 * -0.0), and the hash {@code h = 31 * h + hash(component)} starting at 0, with the wrappers' static
 * {@code hashCode} for primitives and {@code Objects.hashCode} for references. {@code toString} stays TeaVM's, which
 * already matches.
 */
final class RecordMethodsSubstitutor implements BootstrapMethodSubstitutor {
    private final ObjectMethodsSubstitutor teavm = new ObjectMethodsSubstitutor();

    @Override
    public ValueEmitter substitute(DynamicCallSite callSite, ProgramEmitter pe) {
        switch (callSite.getCalledMethod().getName()) {
            case "equals":
                return substituteEquals(callSite, pe);
            case "hashCode":
                return substituteHashCode(callSite, pe);
            default:
                return teavm.substitute(callSite, pe);
        }
    }

    private static int componentCount(DynamicCallSite callSite) {
        String names = callSite.getBootstrapArguments().get(1).getString();
        return names.isEmpty() ? 0 : names.split(";", -1).length;
    }

    private ValueEmitter substituteEquals(DynamicCallSite callSite, ProgramEmitter pe) {
        ValueType type = callSite.getBootstrapArguments().get(0).getValueType();
        ValueEmitter thisVar = callSite.getArguments().get(0);
        ValueEmitter thatVar = callSite.getArguments().get(1);
        BasicBlock joint = pe.prepareBlock();
        PhiEmitter result = pe.phi(ValueType.INTEGER, joint);
        pe.when(thisVar.isSame(thatVar)).thenDo(() -> {
            pe.constant(1).propagateTo(result);
            pe.jump(joint);
        });
        // Records are final, so the JVM's receiverClass.isInstance(that) is this class test.
        ConditionProducer classCondition = () -> thatVar.isNull()
                .or(() -> thatVar.invokeSpecial("getClass", Class.class).isNotSame(pe.constant(type)));
        pe.when(classCondition).thenDo(() -> {
            pe.constant(0).propagateTo(result);
            pe.jump(joint);
        });
        ValueEmitter castThatVar = thatVar.cast(type);

        int count = componentCount(callSite);
        for (int i = 0; i < count; i++) {
            MethodHandle getter = callSite.getBootstrapArguments().get(2 + i).getMethodHandle();
            ValueEmitter thisField = InvokeDynamicUtil.invoke(pe, getter, thisVar);
            ValueEmitter thatField = InvokeDynamicUtil.invoke(pe, getter, castThatVar);
            pe.when(equality(pe, getter.getValueType(), thisField, thatField).not()).thenDo(() -> {
                pe.constant(0).propagateTo(result);
                pe.jump(joint);
            });
        }
        pe.constant(1).propagateTo(result);
        pe.jump(joint);
        pe.enter(joint);
        return result.getValue();
    }

    private static ConditionEmitter equality(ProgramEmitter pe, ValueType type, ValueEmitter a, ValueEmitter b) {
        if (type instanceof ValueType.Primitive) {
            switch (((ValueType.Primitive) type).getKind()) {
                case BOOLEAN:
                case BYTE:
                case SHORT:
                case CHARACTER:
                case INTEGER:
                    return a.isEqualTo(b);
                case LONG:
                    return a.compareTo(b).isEqualTo(pe.constant(0));
                case FLOAT:
                    return pe.invoke(Float.class, "compare", int.class, a, b).isEqualTo(pe.constant(0));
                case DOUBLE:
                    return pe.invoke(Double.class, "compare", int.class, a, b).isEqualTo(pe.constant(0));
            }
        }
        return pe.invoke(Objects.class, "equals", boolean.class, a.cast(Object.class), b.cast(Object.class)).isTrue();
    }

    private ValueEmitter substituteHashCode(DynamicCallSite callSite, ProgramEmitter pe) {
        ValueEmitter thisVar = callSite.getArguments().get(0);
        ValueEmitter resultVar = pe.constant(0);
        int count = componentCount(callSite);
        for (int i = 0; i < count; i++) {
            MethodHandle getter = callSite.getBootstrapArguments().get(2 + i).getMethodHandle();
            ValueEmitter thisField = InvokeDynamicUtil.invoke(pe, getter, thisVar);
            resultVar = resultVar.mul(31).add(hash(pe, getter.getValueType(), thisField));
        }
        return resultVar;
    }

    private static ValueEmitter hash(ProgramEmitter pe, ValueType type, ValueEmitter a) {
        if (type instanceof ValueType.Primitive) {
            switch (((ValueType.Primitive) type).getKind()) {
                case BOOLEAN:
                    return pe.invoke(Boolean.class, "hashCode", int.class, a);
                case BYTE:
                    return pe.invoke(Byte.class, "hashCode", int.class, a);
                case SHORT:
                    return pe.invoke(Short.class, "hashCode", int.class, a);
                case CHARACTER:
                    return pe.invoke(Character.class, "hashCode", int.class, a);
                case INTEGER:
                    return pe.invoke(Integer.class, "hashCode", int.class, a);
                case LONG:
                    return pe.invoke(Long.class, "hashCode", int.class, a);
                case FLOAT:
                    return pe.invoke(Float.class, "hashCode", int.class, a);
                case DOUBLE:
                    return pe.invoke(Double.class, "hashCode", int.class, a);
            }
        }
        return pe.invoke(Objects.class, "hashCode", int.class, a.cast(Object.class));
    }
}
