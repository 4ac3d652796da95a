package io.gongjian.partnership.infrastructure;

import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.partnership.application.Visibility;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a filtered, sorted, paged JPQL query from optional conditions, with parameters, never concatenated values. */
final class JpqlFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    JpqlFilter where(String condition, String parameter, Object value) {
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    JpqlFilter where(String condition) {
        conditions.add(condition);
        return this;
    }

    /**
     * Restricts the list to what the caller may see: everything, records whose region starts with a prefix, or
     * records of some organisations ({@code partyCondition} tests membership in the parameter {@code visibleIds}).
     */
    JpqlFilter visibleTo(Visibility visibility, String partyCondition) {
        if (visibility.everything()) {
            return this;
        }
        if (visibility.regionPrefix() != null) {
            return where("e.regionCode LIKE :visibleRegion", "visibleRegion", visibility.regionPrefix() + "%");
        }
        if (visibility.organizationIds().isEmpty()) {
            return where("1 = 0");
        }
        return where(partyCondition, "visibleIds", visibility.organizationIds());
    }

    /** A case-insensitive "contains" over some fields; % and _ in the text match themselves. */
    JpqlFilter containsText(String text, String... fields) {
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

    <T> Page<T> page(
            EntityManager em, Class<T> entity, PageRequest page, Map<String, String> sortColumns, String tieBreaker) {
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String order = " ORDER BY e." + sortColumns.get(page.sortField()) + (page.descending() ? " DESC" : " ASC")
                + ", e." + tieBreaker;
        TypedQuery<T> query = em.createQuery("SELECT e FROM " + entity.getSimpleName() + " e" + where + order, entity);
        TypedQuery<Long> count =
                em.createQuery("SELECT count(e) FROM " + entity.getSimpleName() + " e" + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<T> items =
                query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(items, page, count.getSingleResult());
    }
}
