import Timer "mo:base/Timer";
import Principal "mo:base/Principal";
import Error "mo:base/Error";
actor Sys {
  var beats : Nat = 0;
  var fired : Nat = 0;
  var inspected : Nat = 0;
  var accepted : Nat = 0;
  system func heartbeat() : async () { beats += 1 };
  system func inspect({ msg : { #arm : Any; #beatsAndFired : Any; #ping : Any; #refused : Any; #callRefused : Any } }) : Bool {
    inspected += 1; // discarded: inspect_message keeps no changes
    switch msg { case (#refused _) false; case _ true }
  };
  public func arm(seconds : Nat) : async () {
    ignore Timer.setTimer<system>(#seconds seconds, func () : async () { fired += 1 });
  };
  public query func beatsAndFired() : async (Nat, Nat, Nat) { (beats, fired, inspected) };
  public func ping() : async Nat { accepted += 1; accepted };
  public func refused() : async Text { "ran" };
  public func callRefused(p : Principal) : async Text {
    let other : actor { refused : () -> async Text } = actor (Principal.toText(p));
    try { await other.refused() } catch (e) { "rejected: " # Error.message(e) }
  };
};
