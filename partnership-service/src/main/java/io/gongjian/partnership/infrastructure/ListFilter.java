package io.gongjian.partnership.infrastructure;

import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.partnership.application.Visibility;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a list over one entity (aliased {@code e}): optional conditions with named parameters, never
 * concatenated values. Panache sorts, pages and counts it.
 */
final class ListFilter {

    /** Panache's {@code find(query, sort, parameters)} of the listed entity. */
    @FunctionalInterface
    interface Finder<E> {
        PanacheQuery<E> find(String query, Sort sort, Parameters parameters);
    }

    private final String entityName;
    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    ListFilter(Class<?> entity) {
        this.entityName = entity.getSimpleName();
    }

    ListFilter where(String condition, String parameter, Object value) {
        conditions.add(condition);
        parameters.and(parameter, value);
        return this;
    }

    /**
     * Restricts the list to what the caller may see: everything, records whose region starts with a prefix, or
     * records of some organisations ({@code partyCondition} tests membership in the parameter {@code visibleIds}).
     */
    ListFilter visibleTo(Visibility visibility, String partyCondition) {
        if (visibility.everything()) {
            return this;
        }
        if (visibility.regionPrefix() != null) {
            return where("e.regionCode LIKE :visibleRegion", "visibleRegion", visibility.regionPrefix() + "%");
        }
        if (visibility.organizationIds().isEmpty()) {
            conditions.add("1 = 0");
            return this;
        }
        return where(partyCondition, "visibleIds", visibility.organizationIds());
    }

    /** A case-insensitive "contains" over some fields; % and _ in the text match themselves. */
    ListFilter containsText(String text, String... fields) {
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
            any.add("lower(e." + field + ") LIKE :text ESCAPE '\\'");
        }
        return where("(" + String.join(" OR ", any) + ")", "text", pattern);
    }

    /**
     * One page, sorted by the requested field (mapped to an entity attribute by {@code sortAttributes}) and then
     * by {@code tieBreaker} so that pages never overlap, with the total count.
     */
    <E> Page<E> page(Finder<E> finder, PageRequest page, Map<String, String> sortAttributes, String tieBreaker) {
        if ((long) page.page() * page.size() > Integer.MAX_VALUE) {
            throw new RuleViolation("page", "page × size must stay below 2³¹; no list is that long");
        }
        Sort sort = Sort.by(
                        sortAttributes.get(page.sortField()),
                        page.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending)
                .and(tieBreaker);
        String query = "FROM " + entityName + " e"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
        PanacheQuery<E> found = finder.find(query, sort, parameters).page(page.page(), page.size());
        return Page.of(found.list(), page, found.count());
    }
}
