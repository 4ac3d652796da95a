package io.gongjian.evaluation.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A collection cut into consecutive batches of at most {@code size}: bind-parameter lists kept below PostgreSQL's
 * limit, a persistence context flushed every so many entries, facts held for so many partnerships at once.
 */
public final class Batches {

    private Batches() {}

    /** The items in their order, {@code size} at a time (the last batch may be smaller); none when there are none. */
    public static <T> List<List<T>> of(Collection<T> items, int size) {
        List<T> all = List.copyOf(items);
        List<List<T>> batches = new ArrayList<>();
        for (int start = 0; start < all.size(); start += size) {
            batches.add(all.subList(start, Math.min(all.size(), start + size)));
        }
        return batches;
    }
}
