package io.jcdk.canister.ic0;

import org.teavm.interop.Import;

/**
 * The IC System API as imported by a wasm32 canister: one method per {@code ic0} function.
 * Generated from {@code io/jcdk/spec/ic0.tsv} by {@code Ic0BindingsGenerator} (sdk-canister tests);
 * do not edit. Pointers are linear-memory addresses ({@code int}); 128-bit values are passed as
 * two {@code long}s (high, low) or written to memory. Use {@link io.jcdk.canister.Ic} instead.
 */
@SuppressWarnings("unused")
public final class Ic0 {
    private Ic0() {
    }

    /** {@code ic0.msg_arg_data_size : () -> (i32)}; callable from: I U RQ NRQ TQ CQ Ry CRy F. */
    @Import(module = "ic0", name = "msg_arg_data_size")
    public static native int msg_arg_data_size();

    /** {@code ic0.msg_arg_data_copy : (i32, i32, i32) -> ()}; callable from: I U RQ NRQ TQ CQ Ry CRy F. */
    @Import(module = "ic0", name = "msg_arg_data_copy")
    public static native void msg_arg_data_copy(int a0, int a1, int a2);

    /** {@code ic0.msg_caller_size : () -> (i32)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T. */
    @Import(module = "ic0", name = "msg_caller_size")
    public static native int msg_caller_size();

    /** {@code ic0.msg_caller_copy : (i32, i32, i32) -> ()}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T. */
    @Import(module = "ic0", name = "msg_caller_copy")
    public static native void msg_caller_copy(int a0, int a1, int a2);

    /** {@code ic0.msg_caller_info_data_size : () -> (i32)}; callable from: U RQ NRQ CQ Ry Rt CRy CRt C CC F. */
    @Import(module = "ic0", name = "msg_caller_info_data_size")
    public static native int msg_caller_info_data_size();

    /** {@code ic0.msg_caller_info_data_copy : (i32, i32, i32) -> ()}; callable from: U RQ NRQ CQ Ry Rt CRy CRt C CC F. */
    @Import(module = "ic0", name = "msg_caller_info_data_copy")
    public static native void msg_caller_info_data_copy(int a0, int a1, int a2);

    /** {@code ic0.msg_caller_info_signer_size : () -> (i32)}; callable from: U RQ NRQ CQ Ry Rt CRy CRt C CC F. */
    @Import(module = "ic0", name = "msg_caller_info_signer_size")
    public static native int msg_caller_info_signer_size();

    /** {@code ic0.msg_caller_info_signer_copy : (i32, i32, i32) -> ()}; callable from: U RQ NRQ CQ Ry Rt CRy CRt C CC F. */
    @Import(module = "ic0", name = "msg_caller_info_signer_copy")
    public static native void msg_caller_info_signer_copy(int a0, int a1, int a2);

    /** {@code ic0.msg_reject_code : () -> (i32)}; callable from: Ry Rt CRy CRt C. */
    @Import(module = "ic0", name = "msg_reject_code")
    public static native int msg_reject_code();

    /** {@code ic0.msg_reject_msg_size : () -> (i32)}; callable from: Rt CRt. */
    @Import(module = "ic0", name = "msg_reject_msg_size")
    public static native int msg_reject_msg_size();

    /** {@code ic0.msg_reject_msg_copy : (i32, i32, i32) -> ()}; callable from: Rt CRt. */
    @Import(module = "ic0", name = "msg_reject_msg_copy")
    public static native void msg_reject_msg_copy(int a0, int a1, int a2);

    /** {@code ic0.msg_deadline : () -> (i64)}; callable from: U RQ NRQ CQ Ry Rt CRy CRt. */
    @Import(module = "ic0", name = "msg_deadline")
    public static native long msg_deadline();

    /** {@code ic0.msg_reply_data_append : (i32, i32) -> ()}; callable from: U RQ NRQ TQ CQ Ry Rt CRy CRt. */
    @Import(module = "ic0", name = "msg_reply_data_append")
    public static native void msg_reply_data_append(int a0, int a1);

    /** {@code ic0.msg_reply : () -> ()}; callable from: U RQ NRQ TQ CQ Ry Rt CRy CRt. */
    @Import(module = "ic0", name = "msg_reply")
    public static native void msg_reply();

    /** {@code ic0.msg_reject : (i32, i32) -> ()}; callable from: U RQ NRQ TQ CQ Ry Rt CRy CRt. */
    @Import(module = "ic0", name = "msg_reject")
    public static native void msg_reject(int a0, int a1);

    /** {@code ic0.msg_cycles_available128 : (i32) -> ()}; callable from: U RQ Ry Rt. */
    @Import(module = "ic0", name = "msg_cycles_available128")
    public static native void msg_cycles_available128(int a0);

    /** {@code ic0.msg_cycles_refunded128 : (i32) -> ()}; callable from: Ry Rt. */
    @Import(module = "ic0", name = "msg_cycles_refunded128")
    public static native void msg_cycles_refunded128(int a0);

    /** {@code ic0.msg_cycles_accept128 : (i64, i64, i32) -> ()}; callable from: U RQ Ry Rt. */
    @Import(module = "ic0", name = "msg_cycles_accept128")
    public static native void msg_cycles_accept128(long a0, long a1, int a2);

    /** {@code ic0.cycles_burn128 : (i64, i64, i32) -> ()}; callable from: I G U RQ Ry Rt C T. */
    @Import(module = "ic0", name = "cycles_burn128")
    public static native void cycles_burn128(long a0, long a1, int a2);

    /** {@code ic0.canister_self_size : () -> (i32)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T. */
    @Import(module = "ic0", name = "canister_self_size")
    public static native int canister_self_size();

    /** {@code ic0.canister_self_copy : (i32, i32, i32) -> ()}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T. */
    @Import(module = "ic0", name = "canister_self_copy")
    public static native void canister_self_copy(int a0, int a1, int a2);

    /** {@code ic0.canister_cycle_balance128 : (i32) -> ()}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T. */
    @Import(module = "ic0", name = "canister_cycle_balance128")
    public static native void canister_cycle_balance128(int a0);

    /** {@code ic0.canister_liquid_cycle_balance128 : (i32) -> ()}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T. */
    @Import(module = "ic0", name = "canister_liquid_cycle_balance128")
    public static native void canister_liquid_cycle_balance128(int a0);

    /** {@code ic0.canister_status : () -> (i32)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T. */
    @Import(module = "ic0", name = "canister_status")
    public static native int canister_status();

    /** {@code ic0.canister_version : () -> (i64)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T. */
    @Import(module = "ic0", name = "canister_version")
    public static native long canister_version();

    /** {@code ic0.subnet_self_size : () -> (i32)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T. */
    @Import(module = "ic0", name = "subnet_self_size")
    public static native int subnet_self_size();

    /** {@code ic0.subnet_self_copy : (i32, i32, i32) -> ()}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T. */
    @Import(module = "ic0", name = "subnet_self_copy")
    public static native void subnet_self_copy(int a0, int a1, int a2);

    /** {@code ic0.msg_method_name_size : () -> (i32)}; callable from: F. */
    @Import(module = "ic0", name = "msg_method_name_size")
    public static native int msg_method_name_size();

    /** {@code ic0.msg_method_name_copy : (i32, i32, i32) -> ()}; callable from: F. */
    @Import(module = "ic0", name = "msg_method_name_copy")
    public static native void msg_method_name_copy(int a0, int a1, int a2);

    /** {@code ic0.accept_message : () -> ()}; callable from: F. */
    @Import(module = "ic0", name = "accept_message")
    public static native void accept_message();

    /** {@code ic0.call_new : (i32, i32, i32, i32, i32, i32, i32, i32) -> ()}; callable from: U CQ Ry Rt CRy CRt T. */
    @Import(module = "ic0", name = "call_new")
    public static native void call_new(int a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7);

    /** {@code ic0.call_on_cleanup : (i32, i32) -> ()}; callable from: U CQ Ry Rt CRy CRt T. */
    @Import(module = "ic0", name = "call_on_cleanup")
    public static native void call_on_cleanup(int a0, int a1);

    /** {@code ic0.call_data_append : (i32, i32) -> ()}; callable from: U CQ Ry Rt CRy CRt T. */
    @Import(module = "ic0", name = "call_data_append")
    public static native void call_data_append(int a0, int a1);

    /** {@code ic0.call_with_best_effort_response : (i32) -> ()}; callable from: U CQ Ry Rt CRy CRt T. */
    @Import(module = "ic0", name = "call_with_best_effort_response")
    public static native void call_with_best_effort_response(int a0);

    /** {@code ic0.call_cycles_add128 : (i64, i64) -> ()}; callable from: U Ry Rt T. */
    @Import(module = "ic0", name = "call_cycles_add128")
    public static native void call_cycles_add128(long a0, long a1);

    /** {@code ic0.call_perform : () -> (i32)}; callable from: U CQ Ry Rt CRy CRt T. */
    @Import(module = "ic0", name = "call_perform")
    public static native int call_perform();

    /** {@code ic0.stable64_size : () -> (i64)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T s. */
    @Import(module = "ic0", name = "stable64_size")
    public static native long stable64_size();

    /** {@code ic0.stable64_grow : (i64) -> (i64)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T s. */
    @Import(module = "ic0", name = "stable64_grow")
    public static native long stable64_grow(long a0);

    /** {@code ic0.stable64_write : (i64, i64, i64) -> ()}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T s. */
    @Import(module = "ic0", name = "stable64_write")
    public static native void stable64_write(long a0, long a1, long a2);

    /** {@code ic0.stable64_read : (i64, i64, i64) -> ()}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T s. */
    @Import(module = "ic0", name = "stable64_read")
    public static native void stable64_read(long a0, long a1, long a2);

    /** {@code ic0.root_key_size : () -> (i32)}; callable from: I G U RQ Ry Rt C T. */
    @Import(module = "ic0", name = "root_key_size")
    public static native int root_key_size();

    /** {@code ic0.root_key_copy : (i32, i32, i32) -> ()}; callable from: I G U RQ Ry Rt C T. */
    @Import(module = "ic0", name = "root_key_copy")
    public static native void root_key_copy(int a0, int a1, int a2);

    /** {@code ic0.certified_data_set : (i32, i32) -> ()}; callable from: I G U Ry Rt T. */
    @Import(module = "ic0", name = "certified_data_set")
    public static native void certified_data_set(int a0, int a1);

    /** {@code ic0.data_certificate_present : () -> (i32)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T. */
    @Import(module = "ic0", name = "data_certificate_present")
    public static native int data_certificate_present();

    /** {@code ic0.data_certificate_size : () -> (i32)}; callable from: NRQ CQ. */
    @Import(module = "ic0", name = "data_certificate_size")
    public static native int data_certificate_size();

    /** {@code ic0.data_certificate_copy : (i32, i32, i32) -> ()}; callable from: NRQ CQ. */
    @Import(module = "ic0", name = "data_certificate_copy")
    public static native void data_certificate_copy(int a0, int a1, int a2);

    /** {@code ic0.time : () -> (i64)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T. */
    @Import(module = "ic0", name = "time")
    public static native long time();

    /** {@code ic0.global_timer_set : (i64) -> (i64)}; callable from: I G U Ry Rt C T. */
    @Import(module = "ic0", name = "global_timer_set")
    public static native long global_timer_set(long a0);

    /** {@code ic0.performance_counter : (i32) -> (i64)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T s. */
    @Import(module = "ic0", name = "performance_counter")
    public static native long performance_counter(int a0);

    /** {@code ic0.is_controller : (i32, i32) -> (i32)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T s. */
    @Import(module = "ic0", name = "is_controller")
    public static native int is_controller(int a0, int a1);

    /** {@code ic0.in_replicated_execution : () -> (i32)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T s. */
    @Import(module = "ic0", name = "in_replicated_execution")
    public static native int in_replicated_execution();

    /** {@code ic0.cost_call : (i64, i64, i32) -> ()}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T s. */
    @Import(module = "ic0", name = "cost_call")
    public static native void cost_call(long a0, long a1, int a2);

    /** {@code ic0.cost_create_canister : (i32) -> ()}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T s. */
    @Import(module = "ic0", name = "cost_create_canister")
    public static native void cost_create_canister(int a0);

    /** {@code ic0.cost_http_request : (i64, i64, i32) -> ()}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T s. */
    @Import(module = "ic0", name = "cost_http_request")
    public static native void cost_http_request(long a0, long a1, int a2);

    /** {@code ic0.cost_sign_with_ecdsa : (i32, i32, i32, i32) -> (i32)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T s. */
    @Import(module = "ic0", name = "cost_sign_with_ecdsa")
    public static native int cost_sign_with_ecdsa(int a0, int a1, int a2, int a3);

    /** {@code ic0.cost_sign_with_schnorr : (i32, i32, i32, i32) -> (i32)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T s. */
    @Import(module = "ic0", name = "cost_sign_with_schnorr")
    public static native int cost_sign_with_schnorr(int a0, int a1, int a2, int a3);

    /** {@code ic0.cost_vetkd_derive_key : (i32, i32, i32, i32) -> (i32)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T s. */
    @Import(module = "ic0", name = "cost_vetkd_derive_key")
    public static native int cost_vetkd_derive_key(int a0, int a1, int a2, int a3);

    /** {@code ic0.env_var_count : () -> (i32)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T. */
    @Import(module = "ic0", name = "env_var_count")
    public static native int env_var_count();

    /** {@code ic0.env_var_name_size : (i32) -> (i32)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T. */
    @Import(module = "ic0", name = "env_var_name_size")
    public static native int env_var_name_size(int a0);

    /** {@code ic0.env_var_name_copy : (i32, i32, i32, i32) -> ()}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T. */
    @Import(module = "ic0", name = "env_var_name_copy")
    public static native void env_var_name_copy(int a0, int a1, int a2, int a3);

    /** {@code ic0.env_var_name_exists : (i32, i32) -> (i32)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T. */
    @Import(module = "ic0", name = "env_var_name_exists")
    public static native int env_var_name_exists(int a0, int a1);

    /** {@code ic0.env_var_value_size : (i32, i32) -> (i32)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T. */
    @Import(module = "ic0", name = "env_var_value_size")
    public static native int env_var_value_size(int a0, int a1);

    /** {@code ic0.env_var_value_copy : (i32, i32, i32, i32, i32) -> ()}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T. */
    @Import(module = "ic0", name = "env_var_value_copy")
    public static native void env_var_value_copy(int a0, int a1, int a2, int a3, int a4);

    /** {@code ic0.debug_print : (i32, i32) -> ()}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T s. */
    @Import(module = "ic0", name = "debug_print")
    public static native void debug_print(int a0, int a1);

    /** {@code ic0.trap : (i32, i32) -> ()}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T s. */
    @Import(module = "ic0", name = "trap")
    public static native void trap(int a0, int a1);

    /** {@code ic0.msg_cycles_available : () -> (i64)}; callable from: U RQ Ry Rt. */
    @Import(module = "ic0", name = "msg_cycles_available")
    public static native long msg_cycles_available();

    /** {@code ic0.msg_cycles_refunded : () -> (i64)}; callable from: Ry Rt. */
    @Import(module = "ic0", name = "msg_cycles_refunded")
    public static native long msg_cycles_refunded();

    /** {@code ic0.msg_cycles_accept : (i64) -> (i64)}; callable from: U RQ Ry Rt. */
    @Import(module = "ic0", name = "msg_cycles_accept")
    public static native long msg_cycles_accept(long a0);

    /** {@code ic0.canister_cycle_balance : () -> (i64)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T. */
    @Import(module = "ic0", name = "canister_cycle_balance")
    public static native long canister_cycle_balance();

    /** {@code ic0.call_cycles_add : (i64) -> ()}; callable from: U Ry Rt T. */
    @Import(module = "ic0", name = "call_cycles_add")
    public static native void call_cycles_add(long a0);

    /** {@code ic0.stable_size : () -> (i32)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T s. */
    @Deprecated
    @Import(module = "ic0", name = "stable_size")
    public static native int stable_size();

    /** {@code ic0.stable_grow : (i32) -> (i32)}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T s. */
    @Deprecated
    @Import(module = "ic0", name = "stable_grow")
    public static native int stable_grow(int a0);

    /** {@code ic0.stable_write : (i32, i32, i32) -> ()}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T s. */
    @Deprecated
    @Import(module = "ic0", name = "stable_write")
    public static native void stable_write(int a0, int a1, int a2);

    /** {@code ic0.stable_read : (i32, i32, i32) -> ()}; callable from: I G U RQ NRQ TQ CQ Ry Rt CRy CRt C CC F T s. */
    @Deprecated
    @Import(module = "ic0", name = "stable_read")
    public static native void stable_read(int a0, int a1, int a2);
}
