package io.kawat.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exempts a class, constructor or method from the build's forbidden-apis check (docs/HOUSE-RULES.md). Only for what a
 * command-line main must do, such as writing to {@code System.out}; the reason is required.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})
public @interface SuppressForbidden {
    /** Why the call is right here. */
    String reason();
}
