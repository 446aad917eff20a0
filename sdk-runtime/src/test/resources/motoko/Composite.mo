import Principal "mo:base/Principal";
import Error "mo:base/Error";
import Debug "mo:base/Debug";
actor Composite {
  // set is an update method: declared as a query here so that Motoko lets a composite query call it.
  type Leaf = actor {
    peek : query () -> async Nat;
    bump : query () -> async Nat;
    boom : query () -> async Nat;
    refuse : query () -> async Nat;
    set : query Nat -> async ();
  };
  type Self = actor { sum : composite query Principal -> async Nat };
  var mine : Nat = 0;
  func leaf(p : Principal) : Leaf = actor (Principal.toText(p));
  func describe(e : Error) : Text { "rejected " # debug_show Error.code(e) # ": " # Error.message(e) };

  // The callee's changes are discarded after each call; the caller's state carries over to its callbacks.
  public composite query func sum(p : Principal) : async Nat {
    mine += 1;
    let a = await leaf(p).bump();
    mine += 1;
    let b = await leaf(p).bump();
    Debug.print("mine " # debug_show mine);
    a * 100 + b * 10 + mine
  };
  public query func mineNow() : async Nat { mine };
  public func setMine(v : Nat) : async () { mine := v };
  // A call back into this canister sees its committed state, not the caller's changes.
  public composite query func viaSelf(self : Principal, p : Principal) : async Nat {
    mine += 5;
    let r = await (actor (Principal.toText(self)) : Self).sum(p);
    r * 1000 + mine
  };
  public composite query func callUpdate(p : Principal) : async Text {
    try { await leaf(p).set(1); "replied" } catch (e) { describe(e) }
  };
  public composite query func callTrap(p : Principal) : async Text {
    try { ignore await leaf(p).boom(); "replied" } catch (e) { describe(e) }
  };
  public composite query func callRefuse(p : Principal) : async Text {
    try { ignore await leaf(p).refuse(); "replied" } catch (e) { describe(e) }
  };
  public composite query func trapInCallback(p : Principal) : async Nat {
    let a = await leaf(p).peek();
    Debug.trap("callback trapped after " # debug_show a);
  };
  public composite query func depth(self : Principal, n : Nat) : async Nat {
    if (n == 0) { return 0 };
    let s : actor { depth : composite query (Principal, Nat) -> async Nat } = actor (Principal.toText(self));
    1 + (await s.depth(self, n - 1))
  };
};
