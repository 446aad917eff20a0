package org.teavm.classlib.java.util;

/**
 * {@code java.util.MissingFormatArgumentException}, which TeaVM 0.13.1's class library lacks: TeaVM finds a JDK
 * class's implementation under this name ({@code org.teavm.classlib.} + package + {@code T} + name) on the
 * classpath, so JCDK's Formatter ({@code io.jcdk.canister.internal.jdk.Formats}) can throw the JDK's type.
 */
public class TMissingFormatArgumentException extends TIllegalFormatException {
    private final String formatSpecifier;

    public TMissingFormatArgumentException(String formatSpecifier) {
        if (formatSpecifier == null) {
            throw new NullPointerException();
        }
        this.formatSpecifier = formatSpecifier;
    }

    public String getFormatSpecifier() {
        return formatSpecifier;
    }

    @Override
    public String getMessage() {
        return "Format specifier '" + formatSpecifier + "'";
    }
}
