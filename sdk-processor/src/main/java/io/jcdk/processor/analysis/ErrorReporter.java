package io.jcdk.processor.analysis;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** The one place diagnostics go through: it reports them to javac and counts the errors. */
public final class ErrorReporter {
    private final Messager messager;
    private int errorCount;

    public ErrorReporter(Messager messager) {
        this.messager = messager;
    }

    /** Reports an error on an element. */
    public void error(Element element, String message) {
        messager.printMessage(Diagnostic.Kind.ERROR, message, element);
        errorCount++;
    }

    /** Reports an error on one annotation of an element (javac points at the annotation), when it is known. */
    public void error(Element element, AnnotationMirror annotation, String message) {
        if (annotation == null) {
            error(element, message);
            return;
        }
        messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
        errorCount++;
    }

    /**
     * Counts an error that javac reports by itself (an unresolvable type, say), so that analysis fails without a
     * second, confusing message.
     */
    public void alreadyReported() {
        errorCount++;
    }

    /** The number of errors reported so far. */
    public int errorCount() {
        return errorCount;
    }
}
