package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.EvaluatedOrganization;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.JointFacility;
import io.gongjian.evaluation.domain.MemberCounts;
import io.gongjian.evaluation.domain.RecordFact;
import io.gongjian.records.application.Partnerships;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** This context's copy of the other contexts' data, built from their events only. */
public interface ReadModel extends Partnerships<EvaluatedPartnership> {

    /** Stores the state unless the stored version is the same or newer; true when something changed. */
    boolean apply(EvaluatedPartnership partnership);

    boolean apply(EvaluatedOrganization organization);

    boolean apply(RecordFact record);

    boolean apply(JointFacility facility);

    /** The university and enterprise organisations of a partnership, in that order, when known. */
    Optional<List<UUID>> partiesOf(UUID partnershipId);

    /**
     * Loads the stored records among {@code recordIds} in one statement, and remembers for the rest of the transaction
     * which are not stored until they are: the events of a batch about them then each read and store their record
     * without a query of their own.
     */
    void prefetchRecords(Collection<UUID> recordIds);

    /** A record as stored, revoked or not. */
    Optional<RecordFact> stored(UUID recordId);

    /** The member-count history of an organisation, when known. */
    Optional<MemberCounts> memberCounts(UUID organizationId);

    /**
     * The business days whose figures {@code record} counts with, as stored before it: its own stored date, the
     * dates of an achievement's conversions (they count only with it), a conversion's achievement's date (it counts
     * as converted).
     */
    Set<LocalDate> daysCountedWith(RecordFact record);

    /** The facilities of a partnership, revoked ones included, by opening day. */
    List<JointFacility> facilitiesOf(UUID partnershipId);

    /** Those of {@code ids} that are known. */
    List<EvaluatedPartnership> partnerships(Collection<UUID> ids);

    /** Up to {@code limit} partnerships after {@code after} (from the first when null), by id. */
    List<UUID> partnershipIdsAfter(UUID after, int limit);

    /** The partnerships whose region code starts with {@code regionPrefix}. */
    List<UUID> partnershipIdsIn(String regionPrefix);

    /** Writes out what is pending and forgets what was loaded: keeps a long transaction's memory flat. */
    void flush();
}
