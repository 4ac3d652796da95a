package io.gongjian.imports.domain;

import io.gongjian.commons.domain.DomainException;
import io.gongjian.commons.domain.Message;

/**
 * Why a row was refused: the column (the request field; none for the row as a whole), the rule (the catalogue's
 * key, or the constraint's name) and what to say, in Chinese and in English.
 */
public record RowProblem(String column, String rule, String chinese, String english) {

    public static RowProblem of(String column, Message message) {
        return new RowProblem(column, message.key(), message.in(Message.CHINESE), message.in(Message.ENGLISH));
    }

    public static RowProblem of(DomainException refusal) {
        return of(refusal.field(), refusal.reason());
    }
}
