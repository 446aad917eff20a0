/**
 * Candid, the interface language of the Internet Computer: binary codec, textual values and .did files.
 *
 * <p>This code runs inside canisters (compiled to Wasm by TeaVM) as well as on the JVM host, so it uses only what
 * TeaVM's class library provides cheaply: no reflection, regex, {@code String.format} or java.nio beyond UTF-8.
 *
 * <ul>
 *   <li>Wire level, what canisters run: {@link io.jcdk.candid.CandidReader} (the sender's type table as int arrays:
 *       {@code WireTypes}; coercion at each read) and {@link io.jcdk.candid.CandidWriter} (a header computed at build
 *       time, then values). The processor generates a reader and a writer per Java type over them.</li>
 *   <li>Model: {@link io.jcdk.candid.IdlType} (recursive types via {@link io.jcdk.candid.IdlType.Ref}),
 *       {@link io.jcdk.candid.IdlField}, {@link io.jcdk.candid.IdlValue}, {@link io.jcdk.candid.IdlFieldValue}.</li>
 *   <li>Binary: {@link io.jcdk.candid.CandidDecoder} ({@code IdlValue}s at run-time types: a driver over
 *       {@code CandidReader}, {@code ValueDecoder}; the wire types as {@code IdlType}s: {@code TypeTable}; reference
 *       subtyping: {@code Subtyping}; metering: {@code Quota}) and
 *       {@link io.jcdk.candid.CandidEncoder} ({@code TypeTableBuilder}, {@code ValueEncoder}, {@code Leb128}).</li>
 *   <li>Text: {@link io.jcdk.candid.CandidText} ({@code TextLexer}, {@code TextParser}, {@code TextTyper},
 *       {@code TextPrinter}) and {@link io.jcdk.candid.DidFile} ({@code DidParser}).</li>
 * </ul>
 *
 * <p>Conformance: all 467 assertions of the dfinity/candid test suite pass on the JVM ({@code CandidConformanceTest})
 * and inside a canister compiled by TeaVM ({@code CandidSuiteInWasmTest} in sdk-maven-plugin), with identical
 * outcomes; see {@link io.jcdk.candid.CandidTestSuite}.
 */
package io.jcdk.candid;
