import Principal "mo:base/Principal";
import Error "mo:base/Error";
actor Stopper {
  type Status = { #running; #stopping; #stopped };
  type IC = actor {
    stop_canister : { canister_id : Principal } -> async ();
    start_canister : { canister_id : Principal } -> async ();
    canister_status : { canister_id : Principal } -> async { status : Status };
  };
  type Peer = actor {
    ping : () -> async Nat;
    stopCaller : Principal -> async Text;
    stopThenStart : Principal -> async Text;
  };
  let ic : IC = actor "aaaaa-aa";
  func peer(p : Principal) : Peer = actor (Principal.toText(p));
  func describe(e : Error) : Text { debug_show Error.code(e) # ": " # Error.message(e) };
  var pings : Nat = 0;

  public func ping() : async Nat { pings += 1; pings };

  // Called by `victim` while it waits for this call: stops it (without waiting for the stop to complete), looks at
  // its status, calls it, then replies.
  public func stopCaller(victim : Principal) : async Text {
    ignore ic.stop_canister({ canister_id = victim });
    let s = await ic.canister_status({ canister_id = victim });
    let call = try { ignore await peer(victim).ping(); "ping replied" } catch (e) { "ping " # describe(e) };
    debug_show s.status # "; " # call
  };

  // Stops `victim` (waiting for us), then starts it again: the pending stop_canister call is rejected.
  public func stopThenStart(victim : Principal) : async Text {
    let stop = ic.stop_canister({ canister_id = victim });
    let s = await ic.canister_status({ canister_id = victim });
    await ic.start_canister({ canister_id = victim });
    let outcome = try { await stop; "stop replied" } catch (e) { "stop " # describe(e) };
    debug_show s.status # "; " # outcome
  };

  // The victim's side: calls `stopper`, which stops this canister while this call context is open.
  public func callStopper(stopper : Principal, how : Text) : async Text {
    if (how == "start") { await peer(stopper).stopThenStart(Principal.fromActor(Stopper)) }
    else { await peer(stopper).stopCaller(Principal.fromActor(Stopper)) }
  };

  // Stops itself: the stop waits for this call context, which waits for the stop.
  public func stopSelf() : async Text {
    let self = Principal.fromActor(Stopper);
    let r = try { await ic.stop_canister({ canister_id = self }); "stop replied" } catch (e) { "stop " # describe(e) };
    let s = await ic.canister_status({ canister_id = self });
    r # "; then " # debug_show s.status
  };

  // The same with a bounded-wait stop call: it expires instead (SYS_UNKNOWN).
  public func stopSelfBounded() : async Text {
    let self = Principal.fromActor(Stopper);
    let r = try { await (with timeout = 5) ic.stop_canister({ canister_id = self }); "stop replied" }
      catch (e) { "stop " # describe(e) };
    let s = await ic.canister_status({ canister_id = self });
    r # "; then " # debug_show s.status
  };

  public query func pingCount() : async Nat { pings };
};
