package io.gongjian.commons.api;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Looks through a failure's chain of causes, whatever frameworks wrapped it, without looping on a cycle. */
final class Causes {

    private Causes() {}

    /** The first cause (the failure itself included) of {@code type}, or {@code null}. */
    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        return first(failure, cause -> type.isInstance(cause) ? Optional.of(type.cast(cause)) : Optional.empty())
                .orElse(null);
    }

    /** The first non-empty answer of {@code reading} over the chain of causes. */
    static <R> Optional<R> first(Throwable failure, Function<Throwable, Optional<R>> reading) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            Optional<R> answer = reading.apply(cause);
            if (answer.isPresent()) {
                return answer;
            }
        }
        return Optional.empty();
    }
}
