package io.jcdk.examples.showcase;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value that may be null: it maps to Candid {@code opt}. JCDK accepts any annotation whose simple name is
 * {@code Nullable} (javax.annotation, jakarta.annotation, org.jspecify.annotations, checker framework, ...); this one
 * keeps the example free of dependencies.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT,
        ElementType.TYPE_USE})
public @interface Nullable {
}
