package io.gongjian.partnership.application;

import io.gongjian.partnership.domain.OrganizationKind;
import io.gongjian.partnership.domain.Texts;

/** Filters of the organisation list; {@code null} means "any". */
public record OrganizationQuery(String regionPrefix, OrganizationKind kind, String text) {

    public OrganizationQuery {
        Texts.printable("q", text);
    }
}
