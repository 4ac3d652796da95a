package io.gongjian.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field added to a published event type after its first release: a compatible change that keeps the type
 * (docs/events/asyncapi.yaml, "Versioning"). Events published before it lack the field and consumers read it as
 * {@code null}; its schema file lists it without requiring it.
 */
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.RUNTIME)
public @interface OptionalField {

    /** The platform release that added it (CHANGELOG.md), e.g. {@code 2.0.0}. */
    String since();
}
