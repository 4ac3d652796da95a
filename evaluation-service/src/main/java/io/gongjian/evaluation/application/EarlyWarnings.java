package io.gongjian.evaluation.application;

import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.PartnershipVisibility;
import io.gongjian.evaluation.domain.RectificationDetails;
import io.gongjian.evaluation.domain.warnings.Warning;
import io.gongjian.evaluation.domain.warnings.WarningKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.UUID;

/** Port: the early warnings, the scan's bookkeeping and the facts the scan reads beside the scores. */
public interface EarlyWarnings {

    /** A warning as stored. */
    record Stored(UUID id, WarningKind kind, UUID subjectId, LocalDate startedOn) {}

    /** What the list is asked for. */
    record Filter(String regionPrefix, WarningKind kind, UUID partnershipId, WarningState state) {}

    /**
     * The partnerships to check as of {@code today}: ACTIVE ones and any with an open warning, not checked today or
     * rescored since their last check.
     */
    List<UUID> due(LocalDate today);

    /** Whether the partnership is still to check (another replica may have checked it meanwhile). */
    boolean due(UUID partnershipId, LocalDate today);

    /** Notes the partnership checked as of {@code today}, with the current score it was checked with. */
    void checked(UUID partnershipId, LocalDate today);

    /** The business days of the partnership's activities, revoked ones left out. */
    NavigableSet<LocalDate> activityDays(UUID partnershipId);

    /** The partnership's rectification items in force (not withdrawn), by id. */
    Map<UUID, RectificationDetails> rectificationItems(UUID partnershipId);

    /** The partnership's open warnings. */
    List<Stored> open(UUID partnershipId);

    /**
     * Opens the warning unless one of its kind and subject is open already (another replica's): its id when this call
     * opened it.
     */
    Optional<UUID> open(UUID partnershipId, String regionCode, Warning warning);

    void end(UUID warningId, LocalDate endedOn);

    /** The warnings of the partnership open on {@code day}: started by then, not ended by then. */
    List<OpenWarning> openOn(UUID partnershipId, LocalDate day);

    /** A page of the warnings {@code visibility} lets through, newest start first. */
    Page<WarningEntry> list(Filter filter, PartnershipVisibility visibility, PageRequest page);
}
