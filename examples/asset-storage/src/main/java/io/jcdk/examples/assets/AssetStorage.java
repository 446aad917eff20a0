package io.jcdk.examples.assets;

import io.jcdk.annotations.Canister;
import io.jcdk.annotations.Init;
import io.jcdk.annotations.Query;
import io.jcdk.annotations.Stable;
import io.jcdk.annotations.Update;
import io.jcdk.canister.GuardRejection;
import io.jcdk.canister.Ic;
import io.jcdk.canister.Principal;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The asset canister of the Internet Computer's developer guide ("Asset storage"), in Java: users may store blobs
 * under paths, anyone may retrieve them, and users may add other users. The installer is the first user.
 *
 * <p>As in the guide's Rust canister, only the users survive an upgrade: {@code users} is {@link Stable} (the Rust
 * code saves them in its pre_upgrade hook and restores them in post_upgrade), while {@code assets} is an ordinary
 * field, so an upgrade empties the store.
 */
@Canister
public class AssetStorage {
    @Stable
    Set<Principal> users = new TreeSet<>();

    Map<String, byte[]> assets = new HashMap<>();

    @Init
    void init() {
        users.add(Ic.caller());
    }

    /** Stores {@code contents} under {@code path}, replacing what was there. Users only. */
    @Update(guard = "isUser")
    void store(String path, byte[] contents) {
        assets.put(path, contents);
    }

    /** The contents stored under {@code path}; traps when there are none. */
    @Query
    byte[] retrieve(String path) {
        byte[] contents = assets.get(path);
        if (contents == null) {
            throw Ic.trap("Path " + path + " not found.");
        }
        return contents;
    }

    /** Lets {@code principal} store assets and add users. Users only. */
    @Update(name = "add_user", guard = "isUser")
    void addUser(Principal principal) {
        users.add(principal);
    }

    void isUser() {
        if (!users.contains(Ic.caller())) {
            throw new GuardRejection("Store can only be set by the owner of the asset canister.");
        }
    }
}
