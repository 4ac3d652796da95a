package io.gongjian.partnership.application;

import io.gongjian.partnership.domain.PartnershipStatus;
import io.gongjian.partnership.domain.Texts;
import java.util.UUID;

/** Filters of the partnership list; {@code null} means "any". */
public record PartnershipQuery(String regionPrefix, PartnershipStatus status, UUID organizationId, String text) {

    public PartnershipQuery {
        Texts.printable("q", text);
    }
}
