package io.gongjian.commons.paging;

import io.gongjian.commons.domain.RuleViolation;
import java.util.List;

/**
 * Which page, how big, sorted how. Pages start at 0; the size is capped so that nobody pulls a whole table.
 *
 * @param sort a field name of the list, optionally prefixed with '-' for descending
 */
public record PageRequest(int page, int size, String sortField, boolean descending) {

    public static final int MAX_SIZE = 100;

    /**
     * How deep a list may be paged: ten thousand full pages. Deeper offsets are no use to a person, cost the
     * database a scan of every row before them, and beyond 2^31 would not even fit the query.
     */
    public static final long MAX_OFFSET = 1_000_000;

    public PageRequest {
        if (page < 0) {
            throw new RuleViolation("page", "page.negative");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new RuleViolation("size", "page.size", MAX_SIZE);
        }
        if ((long) page * size > MAX_OFFSET) {
            throw new RuleViolation("page", "page.too-deep", page, size, MAX_OFFSET);
        }
    }

    /** Parses {@code sort} ("title", "-signedOn") against the fields a list allows. */
    public static PageRequest of(int page, int size, String sort, List<String> sortableFields, String defaultField) {
        String requested = sort == null || sort.isBlank() ? defaultField : sort.strip();
        boolean descending = requested.startsWith("-");
        String field = descending ? requested.substring(1) : requested;
        if (!sortableFields.contains(field)) {
            throw new RuleViolation("sort", "page.sort", field, String.join(", ", sortableFields));
        }
        return new PageRequest(page, size, field, descending);
    }

    /** At most {@link #MAX_OFFSET}, so it fits the int that JPA takes. */
    public int offset() {
        return Math.toIntExact((long) page * size);
    }
}
