package io.jcdk.candid;

import java.util.List;

/** A method of a service: a name and a function type (possibly a reference to a named function type). */
public final class DidMethod {
    private final String name;
    private final IdlType type;

    private DidMethod(String name, IdlType type) {
        if (name == null || type == null) {
            throw CandidException.of("a method needs a name and a type");
        }
        this.name = name;
        this.type = type;
    }

    /** A method; {@code funcType} must be (or resolve to) a {@code func} type. */
    public static DidMethod of(String name, IdlType funcType) {
        return new DidMethod(name, funcType);
    }

    public String name() {
        return name;
    }

    /** The function type as written. */
    public IdlType type() {
        return type;
    }

    private IdlType func() {
        IdlType t = type.resolve();
        if (t.kind() != IdlKind.FUNC) {
            throw CandidException.of("method \"" + name + "\" has type " + type + ", which is not a function type");
        }
        return t;
    }

    public List<IdlType> argTypes() {
        return func().argTypes();
    }

    public List<IdlType> resultTypes() {
        return func().resultTypes();
    }

    public boolean isQuery() {
        return func().hasAnnotation(IdlType.FuncAnnotation.QUERY);
    }

    public boolean isCompositeQuery() {
        return func().hasAnnotation(IdlType.FuncAnnotation.COMPOSITE_QUERY);
    }

    public boolean isOneway() {
        return func().hasAnnotation(IdlType.FuncAnnotation.ONEWAY);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DidMethod && ((DidMethod) o).name.equals(name) && ((DidMethod) o).type.equals(type);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + type.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        Names.appendName(sb, name);
        sb.append(" : ");
        IdlType t = type;
        if (t instanceof IdlType.Func) {
            ((IdlType.Func) t).appendSignature(sb, new IdlType.PrintContext(Integer.MAX_VALUE));
        } else {
            sb.append(t);
        }
        return sb.toString();
    }
}
