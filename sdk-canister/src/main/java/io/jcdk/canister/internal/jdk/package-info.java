/**
 * Java bodies for class-library methods that TeaVM 0.13.1 lacks or gets wrong. The build plugin's
 * {@code io.jcdk.maven.teavm.ClassLibraryPatches} lists which method of which JDK class each one replaces (or adds):
 * an instance method's replacement takes the receiver first. None of this runs on the JVM, where the JDK's own
 * methods are used, except in this module's unit tests.
 */
package io.jcdk.canister.internal.jdk;
