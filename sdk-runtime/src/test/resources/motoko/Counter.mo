import Debug "mo:base/Debug";
actor Counter {
  stable var kept : Nat = 0;
  var lost : Nat = 0;
  public func inc() : async Nat { kept += 1; lost += 1; Debug.print("inc " # debug_show kept); kept };
  public query func get() : async (Nat, Nat) { (kept, lost) };
  public func work(n : Nat) : async Nat {
    var i = 0; var acc = 0;
    while (i < n) { acc += i; i += 1 };
    acc
  };
};
