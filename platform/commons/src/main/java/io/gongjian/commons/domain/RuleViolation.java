package io.gongjian.commons.domain;

import java.util.Map;

/** Well-formed input that breaks a business rule (HTTP 422). */
public final class RuleViolation extends DomainException {

    public RuleViolation(String field, String message) {
        super(field, message, Map.of());
    }
}
