/**
 * The JCDK annotation processor ({@link io.jcdk.processor.CanisterProcessor}). For the one {@code @Canister} class of
 * a compilation it writes:
 * <ul>
 *   <li>{@code <Canister>Exports} in the canister's package (for a static nested class {@code Outer.C}:
 *       {@code Outer_CExports}): the class TeaVM compiles, one {@code public static void} method per IC export
 *       ({@code canister_init}, {@code canister_update <name>}, {@code canister_query <name>},
 *       {@code canister_pre_upgrade}, {@code canister_post_upgrade}), each annotated
 *       {@code @org.teavm.interop.Export};</li>
 *   <li>{@code <Canister>Codecs}, when the canister uses composite types: one {@code IdlType.Ref} per named type
 *       (Java record, class, enum, sealed interface), bound once, and one static encoder/decoder pair per composite
 *       Java type, shared by all uses;</li>
 *   <li>{@code META-INF/jcdk/service.did} (class output): {@code type Name = ...;} for each named type in order of
 *       first use, then the Candid service, methods in source order;</li>
 *   <li>{@code META-INF/jcdk/canister.properties} (class output): {@code canister}, {@code exports}, {@code did},
 *       {@code version}, {@code stable.fingerprint} (FNV-1a 64 of the definitions of the named types the
 *       {@code @Stable} fields use, one per line, then {@code stable.type}; 16 hex digits), {@code stable.type} (the
 *       Candid record of the {@code @Stable} fields, as the codec prints it) and, when it uses named types,
 *       {@code stable.definitions} (their definitions).</li>
 * </ul>
 * Subpackages: {@code model} (the analysed canister), {@code analysis} (validation and type mapping, all
 * diagnostics through one {@code ErrorReporter}), {@code generation} (JavaPoet code and resource text).
 */
package io.jcdk.processor;
