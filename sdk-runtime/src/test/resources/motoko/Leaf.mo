import Debug "mo:base/Debug";
import Error "mo:base/Error";
actor Leaf {
  var n : Nat = 5;
  public query func peek() : async Nat { n };
  public query func bump() : async Nat { n += 1; Debug.print("bump " # debug_show n); n };
  public query func boom() : async Nat { Debug.trap("leaf boom") };
  public query func refuse() : async Nat { throw Error.reject("leaf says no") };
  public func set(v : Nat) : async () { n := v };
};
