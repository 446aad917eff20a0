// The same canister in Motoko, for the code-size comparison in BENCHMARKS.md ("Code size").
// Built by motoko@3.11.3 (tools/npm): node motoko/compile.js, see README.md.
import Principal "mo:base/Principal";
import HashMap "mo:base/HashMap";
import Array "mo:base/Array";
import Text "mo:base/Text";
import Debug "mo:base/Debug";
import Error "mo:base/Error";

shared ({ caller = installer }) actor class AssetStorage() {
  stable var users : [Principal] = [installer];
  let assets = HashMap.HashMap<Text, Blob>(16, Text.equal, Text.hash);

  func isUser(p : Principal) : Bool { Array.find<Principal>(users, func u = u == p) != null };

  public shared ({ caller }) func store(path : Text, contents : Blob) : async () {
    if (not isUser(caller)) { throw Error.reject("Store can only be set by the owner of the asset canister.") };
    assets.put(path, contents);
  };

  public query func retrieve(path : Text) : async Blob {
    switch (assets.get(path)) {
      case (?contents) contents;
      case null Debug.trap("Path " # path # " not found.");
    };
  };

  public shared ({ caller }) func add_user(principal : Principal) : async () {
    if (not isUser(caller)) { throw Error.reject("Store can only be set by the owner of the asset canister.") };
    if (not isUser(principal)) { users := Array.append<Principal>(users, [principal]) };
  };
};
