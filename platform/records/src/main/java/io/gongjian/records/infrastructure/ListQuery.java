package io.gongjian.records.infrastructure;

import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.PartnershipVisibility;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * The one way a list is queried: what the caller may see, then each filter that is set, as a Panache query over
 * one entity with named parameters (never concatenated values). Panache sorts by the requested field (ties by id,
 * so that pages never overlap), counts and pages it. Conditions name the entity's attributes unqualified.
 */
public final class ListQuery {

    /** Panache's {@code find(query, sort, parameters)} of the listed entity or its repository. */
    @FunctionalInterface
    public interface Finder<E> {
        PanacheQuery<E> find(String query, Sort sort, Parameters parameters);
    }

    /** Rows an export reads from the database cursor at a time. */
    static final int FETCH_SIZE = 500;

    private final StringJoiner where = new StringJoiner(" and ");
    private final Parameters parameters = new Parameters();

    private ListQuery() {}

    /** A list with no restriction yet. */
    public static ListQuery all() {
        return new ListQuery();
    }

    /** Partnership-bound items (records, evaluator inputs): on tables with {@code partnershipId} and {@code regionCode}. */
    public static ListQuery visibleTo(PartnershipVisibility visibility) {
        return visibleTo(
                visibility.everything(),
                visibility.regionPrefix(),
                "partnershipId in :visibleIds",
                visibility.partnershipIds());
    }

    /**
     * Everything, the rows whose {@code regionCode} starts with a prefix, or the rows that {@code idCondition}
     * matches with the ids in parameter {@code visibleIds} (none: nothing): applied in the query, never afterwards.
     */
    public static ListQuery visibleTo(
            boolean everything, String regionPrefix, String idCondition, Collection<?> visibleIds) {
        ListQuery query = new ListQuery();
        if (everything) {
            return query;
        }
        if (regionPrefix != null) {
            return query.and("regionCode like :visibleRegion", "visibleRegion", regionPrefix + "%");
        }
        if (visibleIds.isEmpty()) {
            query.where.add("1 = 0");
            return query;
        }
        return query.and(idCondition, "visibleIds", visibleIds);
    }

    /** Adds {@code condition} on the parameter {@code name}, unless {@code value} is {@code null} (any). */
    public ListQuery and(String condition, String name, Object value) {
        if (value != null) {
            where.add(condition);
            parameters.and(name, value);
        }
        return this;
    }

    /** Rows whose {@code regionCode} starts with {@code prefix}, unless it is {@code null} (any region). */
    public ListQuery inRegion(String prefix) {
        return and("regionCode like :region", "region", prefix == null ? null : prefix + "%");
    }

    /** A case-insensitive "contains" over some fields, unless {@code text} is blank; % and _ match themselves. */
    public ListQuery containing(String text, String... fields) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String pattern = "%"
                + text.strip()
                        .toLowerCase()
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        List<String> any = new ArrayList<>();
        for (String field : fields) {
            any.add("lower(" + field + ") like :text escape '\\'");
        }
        return and("(" + String.join(" or ", any) + ")", "text", pattern);
    }

    /** One page, sorted by the requested field (an attribute of the entity) and then by id, with the total. */
    public <E> Page<E> page(Finder<E> finder, PageRequest page) {
        PanacheQuery<E> query =
                finder.find(where.toString(), sort(page), parameters).page(page.page(), page.size());
        return Page.of(query.list(), page, query.count());
    }

    /**
     * Every row, in the order of {@code order} as {@link #page} sorts (its page and size do not apply), handed to
     * {@code each} one by one for an export. One query read through a database cursor {@value #FETCH_SIZE} rows at a
     * time: one snapshot of the table, no offsets to skip. A row leaves the persistence context once handed over, so
     * that memory holds a fetch's worth of rows however long the list. Needs a transaction: outside one, PostgreSQL
     * ignores the fetch size and sends every row at once.
     */
    public <E> void forEach(Finder<E> finder, PageRequest order, Consumer<E> each) {
        EntityManager session = Panache.getEntityManager();
        try (Stream<E> rows = finder
                .find(where.toString(), sort(order), parameters)
                .withHint(HibernateHints.HINT_FETCH_SIZE, FETCH_SIZE)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .stream()) {
            rows.forEach(row -> {
                each.accept(row);
                session.detach(row);
            });
        }
    }

    private static Sort sort(PageRequest page) {
        return Sort.by(page.sortField(), page.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending)
                .and("id");
    }
}
