package io.gongjian.records.infrastructure;

import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.PartnershipVisibility;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.StringJoiner;

/**
 * A list's WHERE clause: what the caller may see, then each filter that is set. Panache sorts (ties by id, so that
 * pages never overlap), counts and pages it. Works on any table with {@code partnershipId} and {@code regionCode}.
 */
public final class ListQuery {

    private final StringJoiner where = new StringJoiner(" and ");
    private final Parameters parameters = new Parameters();

    private ListQuery() {}

    /** Everything, a region prefix, or the items of some partnerships: applied in the query, never afterwards. */
    public static ListQuery visibleTo(PartnershipVisibility visibility) {
        ListQuery query = new ListQuery();
        if (visibility.everything()) {
            return query;
        }
        if (visibility.regionPrefix() != null) {
            query.and("regionCode like :visibleRegion", "visibleRegion", visibility.regionPrefix() + "%");
        } else if (visibility.partnershipIds().isEmpty()) {
            query.where.add("1 = 0");
        } else {
            query.and("partnershipId in :visibleIds", "visibleIds", visibility.partnershipIds());
        }
        return query;
    }

    /** Adds {@code condition} on the parameter {@code name}, unless {@code value} is {@code null} (any). */
    public ListQuery and(String condition, String name, Object value) {
        if (value != null) {
            where.add(condition);
            parameters.and(name, value);
        }
        return this;
    }

    /** One page, sorted by the requested field (an attribute of the entity) and then by id. */
    public <E> Page<E> page(PanacheRepositoryBase<E, ?> rows, PageRequest page) {
        Sort sort = Sort.by(page.sortField(), page.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending)
                .and("id");
        PanacheQuery<E> query = rows.find(where.toString(), sort, parameters)
                .page(io.quarkus.panache.common.Page.of(page.page(), page.size()));
        return Page.of(query.list(), page, query.count());
    }
}
