package io.gongjian.activity.application;

import io.gongjian.activity.domain.AchievementDetails;
import io.gongjian.activity.domain.ConversionDetails;
import io.gongjian.activity.domain.FacilityDetails;
import io.gongjian.activity.domain.FacilityUsage;
import io.gongjian.activity.domain.PartnershipView;
import io.gongjian.activity.domain.RecordDetails;
import io.gongjian.activity.domain.RecordKind;
import io.gongjian.activity.domain.RecordingRules;
import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.commons.domain.StaleVersion;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.events.ActivityEvent;
import io.gongjian.records.application.Partnerships;
import io.gongjian.records.application.RecordLifecycle;
import io.gongjian.records.application.RecordStore;
import io.gongjian.records.domain.Kind;
import io.gongjian.records.domain.VersionedRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The kinds of record the parties log, through the shared record lifecycle: organisation admins of the
 * partnership's parties log them while it is ACTIVE, for a date within its term; each change is published as an
 * event (outbox) in its transaction. Scope comes from the partnership read model, never from a call to the
 * partnership service. A conversion never outlives its research output: revoking the achievement revokes its live
 * conversions in the same transaction, each with its own history entry and event (docs/domain.md). An activity or
 * exchange placed at a facility took place there on a day it was open; the facility's dates always cover what took
 * place there, and it is not revoked while anything names it.
 */
@ApplicationScoped
public class RecordService extends RecordLifecycle<RecordDetails, PartnershipView, ActivityEvent> {

    private static final Words WORDS =
            new Words("logged", "record.only-parties-log", "record.only-parties-change", "record.cannot-move-revoke");

    @Inject
    RecordRepository records;

    @Inject
    PartnershipViews partnerships;

    @Inject
    RecordEvents events;

    @Inject
    BusinessCalendar calendar;

    RecordService() {
        super(WORDS, Scope::canRead, Scope::canManage);
    }

    /** An achievement revoked, and the conversions revoked with it (oldest first; none for other types). */
    public record AchievementRevocation(
            VersionedRecord<RecordDetails> achievement, List<VersionedRecord<RecordDetails>> conversions) {}

    /**
     * Revokes an achievement and, in the same transaction, each of its live conversions with the reason
     * "成果已撤销: …": a conversion counts only while its output does, and is not left behind as a live record.
     */
    @Transactional
    public AchievementRevocation revokeAchievement(Caller caller, UUID achievementId, String reason) {
        VersionedRecord<RecordDetails> achievement = super.close(caller, RecordKind.ACHIEVEMENT, achievementId, reason);
        String conversionReason = AchievementDetails.reasonForConversions(achievement.closingReason());
        List<VersionedRecord<RecordDetails>> conversions = new ArrayList<>();
        // The achievement is locked now: no conversion of it can be recorded until this transaction ends.
        for (UUID conversionId : records.activeConversionsOf(achievementId)) {
            conversions.add(change(
                    caller,
                    RecordKind.CONVERSION,
                    conversionId,
                    Scope::canManage,
                    RecordKind.CONVERSION.closing().participle(),
                    (conversion, partnership) -> conversion.close(conversionReason)));
        }
        return new AchievementRevocation(achievement, List.copyOf(conversions));
    }

    /**
     * Every revocation of an achievement takes its conversions with it, whichever route asked for it; a facility is
     * revoked only while nothing names it as where it took place.
     */
    @Override
    @Transactional
    public VersionedRecord<RecordDetails> close(Caller caller, Kind kind, UUID id, String reason) {
        if (kind == RecordKind.ACHIEVEMENT) {
            return revokeAchievement(caller, id, reason).achievement();
        }
        if (kind == RecordKind.FACILITY) {
            return change(caller, kind, id, Scope::canManage, kind.closing().participle(), (facility, partnership) -> {
                facility.close(reason);
                // The facility is locked: nothing can be placed here until this transaction ends.
                FacilityUsage usage = records.usageOf(id);
                if (usage.isUsed()) {
                    throw new Conflict(null, "facility.in-use", usage.described());
                }
            });
        }
        return super.close(caller, kind, id, reason);
    }

    /**
     * Closes a facility after its last open day, an amendment at the version it was based on: what took place there
     * must lie on or before that day.
     */
    @Transactional
    public VersionedRecord<RecordDetails> closeFacility(
            Caller caller, UUID id, long expectedVersion, LocalDate lastDay) {
        if (lastDay == null) {
            throw new RuleViolation("closedOn", "required", "closedOn");
        }
        return change(caller, RecordKind.FACILITY, id, Scope::canManage, "closed", (facility, partnership) -> {
            StaleVersion.check(expectedVersion, facility.version());
            FacilityDetails open = (FacilityDetails) facility.details();
            facility.amend(checkAmendment(partnership, facility, open.closedAfter(lastDay)));
        });
    }

    /** A facility the caller may see, and what took place there. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public FacilityUsage usageOfFacility(Caller caller, UUID facilityId) {
        get(caller, RecordKind.FACILITY, facilityId);
        return records.usageOf(facilityId);
    }

    /** The partnership of an achievement the caller may see, for recording its conversions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID partnershipOfAchievement(Caller caller, UUID achievementId) {
        return get(caller, RecordKind.ACHIEVEMENT, achievementId).partnershipId();
    }

    /** A conversion the caller may see, found only under the achievement it belongs to. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public VersionedRecord<RecordDetails> conversionOf(Caller caller, UUID achievementId, UUID id) {
        VersionedRecord<RecordDetails> conversion = get(caller, RecordKind.CONVERSION, id);
        if (!((ConversionDetails) conversion.details()).achievementId().equals(achievementId)) {
            throw new NotFound("conversion", id);
        }
        return conversion;
    }

    @Override
    protected RecordStore<RecordDetails> store() {
        return records;
    }

    @Override
    protected Partnerships<PartnershipView> partnerships() {
        return partnerships;
    }

    @Override
    protected void checkNew(PartnershipView partnership, RecordDetails details) {
        if (details instanceof ConversionDetails conversion) {
            requireConvertible(conversion.achievementId(), partnership.id());
        }
        RecordingRules.check(partnership, details, calendar.today());
        requireOpenFacility(details, partnership.id());
    }

    @Override
    protected RecordDetails checkAmendment(
            PartnershipView partnership, VersionedRecord<RecordDetails> record, RecordDetails amended) {
        if (amended instanceof ConversionDetails conversion
                && !conversion.achievementId().equals(((ConversionDetails) record.details()).achievementId())) {
            throw new RuleViolation("achievementId", "conversion.cannot-move");
        }
        if (amended instanceof AchievementDetails achievement
                && !achievement.canBeConverted()
                && !records.activeConversionsOf(record.id()).isEmpty()) {
            throw new RuleViolation("type", "achievement.has-conversions");
        }
        RecordingRules.check(partnership, amended, calendar.today());
        requireOpenFacility(amended, partnership.id());
        if (amended instanceof FacilityDetails facility) {
            facility.requireCovers(records.usageOf(record.id()));
        }
        return amended;
    }

    @Override
    protected ActivityEvent published(VersionedRecord<RecordDetails> record) {
        return record.details().toEvent(record);
    }

    @Override
    protected void announce(ActivityEvent event) {
        events.publish(event);
    }

    /**
     * Conversions exist only of active RESEARCH_OUTPUT achievements of the same partnership. The achievement stays
     * locked until the conversion is stored, so that a revocation running at the same time either sees the new
     * conversion (and revokes it too) or comes first (and this one is refused).
     */
    private void requireConvertible(UUID achievementId, UUID partnershipId) {
        VersionedRecord<RecordDetails> achievement = records.findForUpdate(RecordKind.ACHIEVEMENT, achievementId)
                .filter(found -> found.partnershipId().equals(partnershipId))
                .orElseThrow(() -> new NotFound("achievement", achievementId));
        if (!achievement.isActive()) {
            throw new RuleViolation("achievementId", "conversion.achievement-revoked");
        }
        AchievementDetails details = (AchievementDetails) achievement.details();
        if (!details.canBeConverted()) {
            throw new RuleViolation("achievementId", "conversion.not-research-output", details.type());
        }
    }

    /**
     * A record placed at a facility took place there: the facility belongs to the same partnership, is not revoked,
     * and was open on the record's date. The facility stays locked until the record is stored, so that a change of
     * its dates running at the same time either counts this record or comes first (and this one is checked against
     * it).
     */
    private void requireOpenFacility(RecordDetails details, UUID partnershipId) {
        UUID facilityId = details.facilityId();
        if (facilityId == null) {
            return;
        }
        VersionedRecord<RecordDetails> facility = records.findForUpdate(RecordKind.FACILITY, facilityId)
                .filter(found -> found.partnershipId().equals(partnershipId))
                .orElseThrow(() -> new RuleViolation("facilityId", "facility.not-in-partnership", facilityId));
        FacilityDetails place = (FacilityDetails) facility.details();
        if (!facility.isActive()) {
            throw new RuleViolation("facilityId", "facility.revoked", place.name(), facility.closingReason());
        }
        place.requireOpenOn(details.businessDate(), details.recordKind().businessDateField());
    }
}
