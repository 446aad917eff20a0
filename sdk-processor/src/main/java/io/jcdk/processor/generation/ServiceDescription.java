package io.jcdk.processor.generation;

import io.jcdk.candid.Names;
import io.jcdk.processor.model.CanisterModel;
import io.jcdk.processor.model.CandidType;
import io.jcdk.processor.model.MappedType;
import io.jcdk.processor.model.NamedType;
import io.jcdk.processor.model.Param;
import io.jcdk.processor.model.ServiceMethod;
import java.util.List;

/**
 * The Candid service description ({@code .did}) of a canister: the named types (Java records, classes, enums and
 * sealed interfaces, in order of first use), then the service with its init arguments and methods in source order.
 */
public final class ServiceDescription {
    private ServiceDescription() {
    }

    public static String of(CanisterModel canister) {
        StringBuilder sb = new StringBuilder();
        for (NamedType t : canister.namedTypes()) {
            sb.append(t.didDefinition()).append('\n');
        }
        sb.append("service : ");
        if (!canister.initParams().isEmpty()) {
            appendParams(sb, canister.initParams());
            sb.append(" -> ");
        }
        if (canister.methods().isEmpty()) {
            return sb.append("{}\n").toString();
        }
        sb.append("{\n");
        for (ServiceMethod m : canister.methods()) {
            sb.append("  ").append(Names.printable(m.candidName())).append(" : ");
            appendParams(sb, m.params());
            sb.append(" -> (");
            List<CandidType> results = m.resultTypes();
            for (int i = 0; i < results.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(results.get(i).didText());
            }
            sb.append(')');
            if (m.kind() == ServiceMethod.Kind.QUERY) {
                sb.append(" query");
            }
            sb.append(";\n");
        }
        return sb.append("}\n").toString();
    }

    private static void appendParams(StringBuilder sb, List<Param> params) {
        sb.append('(');
        for (int i = 0; i < params.size(); i++) {
            MappedType t = params.get(i).type();
            sb.append(i == 0 ? "" : ", ").append(t.candid().didText());
        }
        sb.append(')');
    }
}
