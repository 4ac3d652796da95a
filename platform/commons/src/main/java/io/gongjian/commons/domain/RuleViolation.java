package io.gongjian.commons.domain;

import java.util.Map;

/** Well-formed input that breaks a business rule (HTTP 422). */
public final class RuleViolation extends DomainException {

    /** @param key the rule's message in the catalogue ({@link Message}), with its arguments */
    public RuleViolation(String field, String key, Object... arguments) {
        super(field, Message.of(key, arguments), Map.of());
    }
}
