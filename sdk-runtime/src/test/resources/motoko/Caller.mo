import Principal "mo:base/Principal";
import Error "mo:base/Error";
actor Caller {
  type Counter = actor { inc : () -> async Nat; get : query () -> async (Nat, Nat) };
  public func incTwice(p : Principal) : async Nat {
    let c : Counter = actor (Principal.toText(p));
    ignore await c.inc();
    await c.inc()
  };
  public func tryMissing(p : Principal) : async Text {
    let c : actor { nope : () -> async () } = actor (Principal.toText(p));
    try { await c.nope(); "replied" } catch (e) { "rejected: " # Error.message(e) }
  };
  public shared query (msg) func whoami() : async Principal { msg.caller };
};
