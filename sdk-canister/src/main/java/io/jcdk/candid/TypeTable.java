package io.jcdk.candid;

import java.util.ArrayList;
import java.util.List;

/**
 * The wire types of a message as {@link IdlType}s, for the generic decoder: each table entry of the {@link WireTypes}
 * becomes a synthetic {@link IdlType.Ref} ({@code table0}, {@code table1}, ...) bound to its constructor, so recursive
 * wire types become cyclic graphs. The table was validated when it was read.
 */
final class TypeTable {
    private final WireTypes wire;
    private final IdlType.Ref[] entries;

    private TypeTable(WireTypes wire) {
        this.wire = wire;
        this.entries = new IdlType.Ref[wire.size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = IdlType.tableEntry(i);
        }
        for (int i = 0; i < entries.length; i++) {
            entries[i].bind(entry(i));
        }
    }

    static TypeTable of(WireTypes wire) {
        return new TypeTable(wire);
    }

    /** The type {@code t}: a primitive opcode or a table index. */
    IdlType type(int t) {
        return t < 0 ? IdlType.primitive(IdlKind.ofOpcode(t)) : entries[t];
    }

    /** The argument types. */
    List<IdlType> argTypes() {
        List<IdlType> out = new ArrayList<>(wire.argCount());
        for (int i = 0; i < wire.argCount(); i++) {
            out.add(type(wire.arg(i)));
        }
        return out;
    }

    private IdlType entry(int i) {
        int op = wire.opcode(i);
        switch (op) {
            case WireTypes.OPT:
                return IdlType.opt(type(wire.inner(i)));
            case WireTypes.VEC:
                return IdlType.vec(type(wire.inner(i)));
            case WireTypes.RECORD:
            case WireTypes.VARIANT: {
                List<IdlField> fields = new ArrayList<>(wire.fieldEnd(i) - wire.fieldStart(i));
                for (int c = wire.fieldStart(i); c < wire.fieldEnd(i); c++) {
                    fields.add(IdlField.id(wire.fieldId(c), type(wire.fieldType(c))));
                }
                return op == WireTypes.RECORD ? IdlType.record(fields) : IdlType.variant(fields);
            }
            case WireTypes.FUNC: {
                byte[] codes = wire.funcAnnotations(i);
                IdlType.FuncAnnotation[] anns = new IdlType.FuncAnnotation[codes.length];
                for (int j = 0; j < codes.length; j++) {
                    anns[j] = IdlType.FuncAnnotation.ofCode(codes[j]);
                }
                return IdlType.func(types(wire.fieldStart(i), wire.funcResultStart(i)),
                        types(wire.funcResultStart(i), wire.funcResultEnd(i)), anns);
            }
            case WireTypes.SERVICE: {
                List<DidMethod> methods = new ArrayList<>();
                for (int c = wire.fieldStart(i); c < wire.fieldEnd(i); c++) {
                    methods.add(DidMethod.of(wire.methodName(c), type(wire.fieldType(c))));
                }
                return IdlType.service(methods);
            }
            default:
                return IdlType.future(op);
        }
    }

    private List<IdlType> types(int from, int to) {
        List<IdlType> out = new ArrayList<>(to - from);
        for (int c = from; c < to; c++) {
            out.add(type(wire.fieldType(c)));
        }
        return out;
    }
}
