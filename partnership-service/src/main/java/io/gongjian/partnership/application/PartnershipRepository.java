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
import java.util.function.Consumer;

/** Port: where partnerships are kept. */
public interface PartnershipRepository {

    Optional<Partnership> find(UUID id);

    /**
     * Locks the partnership for the rest of the transaction, then reads it: concurrent changes queue up and each
     * sees what the one before it committed.
     */
    Optional<Partnership> findForUpdate(UUID id);

    void add(Partnership partnership);

    /**
     * Stores a change of a partnership read with {@link #findForUpdate}; a change that lost a race (another one
     * was stored in between, or the database refuses a second ACTIVE partnership of the same pair) is a
     * {@link io.gongjian.commons.domain.Conflict}.
     */
    void update(Partnership partnership);

    Page<Partnership> search(PartnershipQuery query, Visibility visibility, PageRequest page);

    /** All of what {@link #search} would page through, in its order, one at a time without holding them all. */
    void forEach(PartnershipQuery query, Visibility visibility, PageRequest order, Consumer<Partnership> each);

    /** DRAFTs that wait for the agreement of {@code organizationId}'s side. */
    Page<Partnership> awaitingAgreementOf(UUID organizationId, PageRequest page);

    /** Whether another ACTIVE partnership joins the same university and enterprise organisations. */
    boolean activeExistsBetween(UUID universityOrganizationId, UUID enterpriseOrganizationId, UUID except);

    /** The next free code for partnerships of a region signed in a year, e.g. GJ-450200-2024-003. */
    String nextCode(RegionCode region, int year);

    /** ACTIVE partnerships whose term ended before {@code today}. */
    List<UUID> activeWithTermEndedBefore(LocalDate today);

    /**
     * The organisations that share an agreed partnership (any status but DRAFT) with {@code organizationId},
     * itself included: a draft gives no sight of the other side.
     */
    Set<UUID> partnersOf(UUID organizationId);
}
