package io.jcdk.candid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidFileTest {
    static final String DID = String.join("\n",
            "// a ledger-like service",
            "/* block comments /* nest */ properly */",
            "type Tokens = record { e8s : nat64 };",
            "type Account = record { owner : principal; subaccount : opt blob };",
            "type TransferError = variant { BadFee : record { expected_fee : Tokens }; InsufficientFunds; TxTooOld : nat64 };",
            "type List = opt record { head : int; tail : List };",
            "type Tree = variant { leaf : int; node : record { left : Tree; right : Tree } };",
            "type Callback = func (nat) -> () oneway;",
            "type Notify = service { notify : Callback; \"odd name\" : (text) -> (text) query };",
            "type A = B;",
            "type B = record { A2 };",
            "type A2 = nat;",
            "service ledger : (init : record { minting : Account }, opt nat) -> {",
            "  transfer : (to : Account, amount : Tokens) -> (variant { Ok : nat64; Err : TransferError });",
            "  balance : (Account) -> (Tokens) query;",
            "  peek : () -> (List, Tree) composite_query;",
            "  ping : () -> () oneway;",
            "  callback : Callback;",
            "  \"quoted name\" : (record { nat; text }) -> ();",
            "}");

    @Test
    void parsesAFullFile() {
        DidFile did = DidFile.parse(DID);
        assertEquals(2, did.initArgs().size());
        assertEquals("record { minting : Account }", did.initArgs().get(0).toString());
        assertEquals(List.of("balance", "callback", "peek", "ping", "quoted name", "transfer"),
                did.methods().stream().map(DidMethod::name).collect(java.util.stream.Collectors.toList()));
        DidMethod transfer = did.method("transfer").orElseThrow();
        assertEquals(2, transfer.argTypes().size());
        assertEquals("Account", transfer.argTypes().get(0).toString());
        assertEquals("variant { Ok : nat64; Err : TransferError }", transfer.resultTypes().get(0).toString());
        assertFalse(transfer.isQuery());
        assertTrue(did.method("balance").orElseThrow().isQuery());
        assertTrue(did.method("peek").orElseThrow().isCompositeQuery());
        assertTrue(did.method("ping").orElseThrow().isOneway());
        assertTrue(did.method("callback").orElseThrow().isOneway());
        assertEquals(List.of(IdlType.NAT), did.method("callback").orElseThrow().argTypes());
        assertTrue(did.method("quoted name").isPresent());
        assertFalse(did.method("nope").isPresent());
        IdlType account = did.type("Account").orElseThrow().resolve();
        assertEquals(IdlKind.RECORD, account.kind());
        assertEquals("owner", account.findField("owner").name());
        assertEquals(IdlType.opt(IdlType.blob()), account.findField("subaccount").type());
        assertEquals("record { A2 }", did.type("A").orElseThrow().resolve().toString());
        assertEquals(IdlType.tuple(IdlType.NAT), did.type("A").orElseThrow());
    }

    @Test
    void recursiveTypesDecodeAndPrint() {
        DidFile did = DidFile.parse(DID);
        List<IdlType> results = did.method("peek").orElseThrow().resultTypes();
        List<IdlValue> vs = CandidText.parseArgs("(opt record { head = 1; tail = opt record { head = 2; tail = null } },"
                + " variant { node = record { left = variant { leaf = 1 }; right = variant { leaf = -2 } } })", results);
        byte[] bytes = CandidEncoder.encodeArgs(results, vs);
        List<IdlValue> back = CandidDecoder.decodeArgs(bytes, results);
        assertEquals(vs, back);
        assertEquals("(opt record { head = 1 : int; tail = opt record { head = 2 : int; tail = null } }, "
                + "variant { node = record { left = variant { leaf = 1 : int }; right = variant { leaf = -2 } } })",
                CandidText.print(back, results));
        // annotations may name the file's types
        List<IdlValue> t = CandidText.parseArgs("(record { e8s = 5 } : Tokens)", null, did);
        assertEquals(IdlValue.nat64(5), t.get(0).field("e8s"));
    }

    @Test
    void serviceForms() {
        assertTrue(DidFile.parse("service : {}").methods().isEmpty());
        assertTrue(DidFile.parse("").methods().isEmpty());
        DidFile named = DidFile.parse("type S = service { m : () -> () }; service : S;");
        assertEquals(1, named.methods().size());
        DidFile ctor = DidFile.parse("type S = service { m : () -> () }; service : (nat) -> S");
        assertEquals(List.of(IdlType.NAT), ctor.initArgs());
        assertEquals(1, ctor.methods().size());
    }

    @Test
    void errors() {
        CandidException e = assertThrows(CandidException.class, () -> DidFile.parse("type A = B;"));
        assertEquals("IDL error: type B is used but not defined", e.getMessage());
        e = assertThrows(CandidException.class, () -> DidFile.parse("type A = B;\ntype B = A;"));
        assertTrue(e.getMessage().contains("vacuous"), e.getMessage());
        e = assertThrows(CandidException.class, () -> DidFile.parse("type A = nat;\ntype A = int;"));
        assertEquals("IDL error: type A is defined twice (line 2, column 6)", e.getMessage());
        e = assertThrows(CandidException.class, () -> DidFile.parse("service : { m : (nat) -> (nat) qery; }"));
        assertEquals("IDL error: expected '}' but found 'qery' (line 1, column 32)", e.getMessage());
        assertThrows(CandidException.class, () -> DidFile.parse("type R = record { a : nat; a : text };"));
        assertThrows(CandidException.class, () -> DidFile.parse("service : { m : () -> (); m : () -> () }"));
        assertThrows(CandidException.class, () -> DidFile.parse("import \"other.did\";"));
        assertThrows(CandidException.class, () -> DidFile.parse("/* unterminated"));
        assertThrows(CandidException.class, () -> DidFile.parse("type T = nat; service : T"));
    }
}
