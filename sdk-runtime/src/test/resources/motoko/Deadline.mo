import IC "mo:base/ExperimentalInternetComputer";
import Principal "mo:base/Principal";
import Time "mo:base/Time";
actor Deadline {
  type Peer = actor {
    deadline : () -> async ?Nat;
    deadlineQuery : query () -> async ?Nat;
    nested : Principal -> async (?Nat, ?Nat);
  };
  func peer(p : Principal) : Peer = actor (Principal.toText(p));

  public func deadline() : async ?Nat { IC.replyDeadline() };
  public query func deadlineQuery() : async ?Nat { IC.replyDeadline() };

  // peer.deadline() called with a bounded-wait call: (the callee's deadline, ours after the await, now).
  public func bounded(p : Principal, timeout : Nat32) : async (?Nat, ?Nat, Int) {
    let d = await (with timeout) peer(p).deadline();
    (d, IC.replyDeadline(), Time.now())
  };
  public func unbounded(p : Principal) : async ?Nat { await peer(p).deadline() };
  // A query called from an update (so in replicated mode) with a bounded-wait call: still no deadline.
  public func boundedQuery(p : Principal, timeout : Nat32) : async ?Nat {
    await (with timeout) peer(p).deadlineQuery()
  };
  // The deadline of this call context, in the method and in a callback after an await.
  public func nested(q : Principal) : async (?Nat, ?Nat) {
    let before = IC.replyDeadline();
    ignore await peer(q).deadline();
    (before, IC.replyDeadline())
  };
  public func relay(p : Principal, q : Principal, timeout : Nat32) : async (?Nat, ?Nat, Int) {
    let (a, b) = await (with timeout) peer(p).nested(q);
    (a, b, Time.now())
  };
};
