package io.gongjian.activity.application;

import io.gongjian.activity.domain.AchievementDetails;
import io.gongjian.activity.domain.ConversionDetails;
import io.gongjian.activity.domain.PartnershipView;
import io.gongjian.activity.domain.RecordDetails;
import io.gongjian.activity.domain.RecordKind;
import io.gongjian.activity.domain.RecordingRules;
import io.gongjian.activity.domain.TrackedRecord;
import io.gongjian.commons.domain.Forbidden;
import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.commons.domain.StaleVersion;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.security.PartnershipVisibility;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.events.ActivityEvent;
import io.gongjian.history.ChangeHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Use cases of the four kinds of record: log, amend, revoke, read, list, history. Each write is one transaction
 * with its event (outbox) and its history entry; scope comes from the partnership read model, never from a
 * call to the partnership service.
 */
@ApplicationScoped
public class RecordService {

    @Inject
    RecordRepository records;

    @Inject
    PartnershipViews partnerships;

    @Inject
    RecordEvents events;

    @Inject
    ChangeHistory history;

    @Inject
    BusinessCalendar calendar;

    @Transactional
    public <D extends RecordDetails> TrackedRecord<D> log(Caller caller, UUID partnershipId, D details) {
        PartnershipView partnership = manageablePartnership(caller, partnershipId);
        requireConvertibleAchievement(details, partnershipId);
        RecordingRules.check(partnership, details, calendar.today());
        TrackedRecord<D> record = TrackedRecord.log(UUID.randomUUID(), partnershipId, details);
        records.add(record, partnership.regionCode());
        recordChange(caller, "logged", null, record);
        return record;
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public <D extends RecordDetails> TrackedRecord<D> amend(
            Caller caller, RecordKind kind, UUID id, long expectedVersion, UUID partnershipId, D details) {
        TrackedRecord<D> record = (TrackedRecord<D>) manageableRecord(caller, kind, id);
        if (partnershipId != null && !partnershipId.equals(record.partnershipId())) {
            throw new RuleViolation(
                    "partnershipId", "a record cannot move to another partnership; revoke it and log it there");
        }
        StaleVersion.check(expectedVersion, record.version());
        if (details instanceof ConversionDetails conversion
                && !conversion.achievementId().equals(((ConversionDetails) record.details()).achievementId())) {
            throw new RuleViolation("achievementId", "a conversion cannot move to another achievement");
        }
        if (details instanceof AchievementDetails achievement
                && !achievement.canBeConverted()
                && records.activeConversionsOf(id) > 0) {
            throw new RuleViolation(
                    "type", "this research output has conversions; revoke them before changing its type");
        }
        RecordingRules.check(partnerships.find(record.partnershipId()).orElseThrow(), details, calendar.today());
        ActivityEvent before = States.of(record);
        record.amend(details);
        records.update(record);
        recordChange(caller, "amended", before, record);
        return record;
    }

    @Transactional
    public TrackedRecord<?> revoke(Caller caller, RecordKind kind, UUID id, String reason) {
        TrackedRecord<?> record = manageableRecord(caller, kind, id);
        ActivityEvent before = States.of(record);
        record.revoke(reason);
        records.update(record);
        recordChange(caller, "revoked", before, record);
        return record;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TrackedRecord<?> get(Caller caller, RecordKind kind, UUID id) {
        TrackedRecord<?> record = records.find(kind, id).orElseThrow(() -> new NotFound(kind.label(), id));
        PartnershipView partnership =
                partnerships.find(record.partnershipId()).orElseThrow(() -> new NotFound(kind.label(), id));
        if (!Scope.canRead(caller, partnership)) {
            throw new NotFound(kind.label(), id);
        }
        return record;
    }

    /** The partnership of an achievement the caller may see, for recording its conversions. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UUID partnershipOfAchievement(Caller caller, UUID achievementId) {
        return get(caller, RecordKind.ACHIEVEMENT, achievementId).partnershipId();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TrackedRecord<?>> list(Caller caller, RecordQuery query, PageRequest page) {
        return records.search(query, PartnershipVisibility.of(caller, partnerships::involving), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeHistory.Entry> history(Caller caller, RecordKind kind, UUID id) {
        get(caller, kind, id);
        return history.of(kind.label(), id);
    }

    private PartnershipView manageablePartnership(Caller caller, UUID partnershipId) {
        if (partnershipId == null) {
            throw new RuleViolation("partnershipId", "partnershipId is required");
        }
        PartnershipView partnership = partnerships
                .find(partnershipId)
                .filter(found -> Scope.canRead(caller, found))
                .orElseThrow(
                        () -> new RuleViolation("partnershipId", "no partnership " + partnershipId + " in your scope"));
        if (!Scope.canManage(caller, partnership)) {
            throw new Forbidden("only the parties' organisation admins log records of this partnership");
        }
        return partnership;
    }

    private TrackedRecord<?> manageableRecord(Caller caller, RecordKind kind, UUID id) {
        TrackedRecord<?> record = records.findForUpdate(kind, id).orElseThrow(() -> new NotFound(kind.label(), id));
        PartnershipView partnership =
                partnerships.find(record.partnershipId()).orElseThrow(() -> new NotFound(kind.label(), id));
        if (!Scope.canManage(caller, partnership)) {
            if (Scope.canRead(caller, partnership)) {
                throw new Forbidden("only the parties' organisation admins change records of this partnership");
            }
            throw new NotFound(kind.label(), id);
        }
        return record;
    }

    /** Conversions exist only of active RESEARCH_OUTPUT achievements of the same partnership. */
    private void requireConvertibleAchievement(RecordDetails details, UUID partnershipId) {
        if (!(details instanceof ConversionDetails conversion)) {
            return;
        }
        TrackedRecord<?> achievement = records.find(RecordKind.ACHIEVEMENT, conversion.achievementId())
                .filter(found -> found.partnershipId().equals(partnershipId))
                .orElseThrow(() -> new NotFound("achievement", conversion.achievementId()));
        if (!achievement.isActive()) {
            throw new RuleViolation("achievementId", "the achievement was revoked; its conversions cannot be recorded");
        }
        if (!((AchievementDetails) achievement.details()).canBeConverted()) {
            throw new RuleViolation(
                    "achievementId",
                    "only RESEARCH_OUTPUT achievements (patents, software, papers, prototypes) can be converted; this one is "
                            + ((AchievementDetails) achievement.details()).type());
        }
    }

    private void recordChange(Caller caller, String action, ActivityEvent before, TrackedRecord<?> record) {
        ActivityEvent after = States.of(record);
        events.publish(after);
        history.record(
                record.details().kind().label(),
                record.id(),
                record.version(),
                action,
                caller.username(),
                before,
                after);
    }
}
