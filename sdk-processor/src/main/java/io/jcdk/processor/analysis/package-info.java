/**
 * Validation of {@code @Canister} classes into {@link io.jcdk.processor.model.CanisterModel}s. Every diagnostic goes
 * through {@link io.jcdk.processor.analysis.ErrorReporter}; Java-to-Candid type mapping is the rule table of
 * {@link io.jcdk.processor.analysis.TypeMapper}.
 */
package io.jcdk.processor.analysis;
