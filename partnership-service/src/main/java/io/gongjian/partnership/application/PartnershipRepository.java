package io.gongjian.partnership.application;

import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.partnership.domain.Partnership;
import io.gongjian.partnership.domain.RegionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Port: where partnerships are kept. */
public interface PartnershipRepository {

    Optional<Partnership> find(UUID id);

    /** Reads and locks for the rest of the transaction, so that concurrent changes queue up. */
    Optional<Partnership> findForUpdate(UUID id);

    void add(Partnership partnership);

    void update(Partnership partnership);

    Page<Partnership> search(PartnershipQuery query, Visibility visibility, PageRequest page);

    /** Whether another ACTIVE partnership joins the same university and enterprise organisations. */
    boolean activeExistsBetween(UUID universityOrganizationId, UUID enterpriseOrganizationId, UUID except);

    /** The next free code for partnerships of a region signed in a year, e.g. GJ-450200-2024-003. */
    String nextCode(RegionCode region, int year);

    /** ACTIVE partnerships whose term ended before {@code today}. */
    List<UUID> activeWithTermEndedBefore(LocalDate today);

    /** The organisations that share a partnership with {@code organizationId}, itself included. */
    Set<UUID> partnersOf(UUID organizationId);
}
