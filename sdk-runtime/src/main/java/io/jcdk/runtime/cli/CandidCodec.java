package io.jcdk.runtime.cli;

import io.jcdk.candid.CandidDecoder;
import io.jcdk.candid.CandidEncoder;
import io.jcdk.candid.CandidException;
import io.jcdk.candid.CandidText;
import io.jcdk.candid.DidFile;
import io.jcdk.candid.DidMethod;
import io.jcdk.candid.IdlType;
import io.jcdk.candid.IdlValue;
import java.util.List;
import java.util.Optional;

/**
 * Textual Candid to bytes and back, typed by the canister's service description when it has one (so that
 * {@code (42)} becomes a nat64 where the method takes a nat64), untyped otherwise.
 */
final class CandidCodec {
    private final DidFile did;

    private CandidCodec(DidFile did) {
        this.did = did;
    }

    /** From the module's {@code candid:service} text, if any. */
    static CandidCodec of(Optional<String> service, String canister) {
        if (service.isEmpty()) {
            return new CandidCodec(null);
        }
        try {
            return new CandidCodec(DidFile.parse(service.get()));
        } catch (CandidException e) {
            throw new CliException("the candid:service of canister " + canister + " cannot be parsed: "
                    + e.getMessage(), e);
        }
    }

    boolean typed() {
        return did != null;
    }

    Optional<DidMethod> method(String name) {
        return did == null ? Optional.empty() : did.method(name);
    }

    byte[] encodeArgs(String text, List<IdlType> types, String what) {
        try {
            List<IdlValue> values = CandidText.parseArgs(text, types, did);
            return types == null ? CandidEncoder.encodeArgs(values) : CandidEncoder.encodeArgs(types, values);
        } catch (CandidException e) {
            throw new CliException("invalid Candid argument for " + what + ": " + e.getMessage(), e);
        }
    }

    byte[] encodeMethodArgs(String text, String method) {
        return encodeArgs(text, method(method).map(DidMethod::argTypes).orElse(null), "method " + method);
    }

    byte[] encodeInitArgs(String text) {
        return encodeArgs(text, did == null ? null : did.initArgs(), "the install argument");
    }

    String decodeReply(byte[] reply, String method) {
        List<IdlType> types = method(method).map(DidMethod::resultTypes).orElse(null);
        try {
            List<IdlValue> values = CandidDecoder.decodeArgs(reply, types);
            return types == null ? CandidText.print(values) : CandidText.print(values, types);
        } catch (CandidException e) {
            throw new CliException("the reply of " + method + " is not valid Candid: " + e.getMessage()
                    + " (use --output raw to see the bytes)", e);
        }
    }
}
