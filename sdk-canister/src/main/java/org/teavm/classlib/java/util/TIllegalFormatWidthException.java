package org.teavm.classlib.java.util;

/** {@code java.util.IllegalFormatWidthException}, which TeaVM 0.13.1 lacks (see TMissingFormatArgumentException). */
public class TIllegalFormatWidthException extends TIllegalFormatException {
    private final int width;

    public TIllegalFormatWidthException(int width) {
        this.width = width;
    }

    public int getWidth() {
        return width;
    }

    @Override
    public String getMessage() {
        return Integer.toString(width);
    }
}
