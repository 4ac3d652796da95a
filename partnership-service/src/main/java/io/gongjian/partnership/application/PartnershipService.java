package io.gongjian.partnership.application;

import io.gongjian.commons.domain.Forbidden;
import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.commons.domain.StaleVersion;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.history.ChangeHistory;
import io.gongjian.partnership.domain.Agreement;
import io.gongjian.partnership.domain.KeyProject;
import io.gongjian.partnership.domain.LifecycleCommand;
import io.gongjian.partnership.domain.Organization;
import io.gongjian.partnership.domain.Partnership;
import io.gongjian.partnership.domain.VolumeIndicator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/** Use cases of co-construction partnerships. Each write is one transaction with its event and history entry. */
@ApplicationScoped
public class PartnershipService {

    /** What a new partnership names: its parties and its agreement. */
    public record Draft(
            UUID universityOrganizationId,
            UUID enterpriseOrganizationId,
            List<UUID> governmentOrganizationIds,
            Agreement agreement) {}

    @Inject
    PartnershipRepository partnerships;

    @Inject
    OrganizationRepository organizations;

    @Inject
    ContextEvents events;

    /** How this service's records are named in the change history. */
    static final String RECORD_TYPE = "partnership";

    @Inject
    ChangeHistory history;

    @Inject
    BusinessCalendar calendar;

    /** An organisation admin may draft partnerships its own organisation is the university or enterprise of. */
    @Transactional
    public Partnership draft(Caller caller, Draft draft) {
        Organization university = party(draft.universityOrganizationId(), "universityOrganizationId");
        Organization enterprise = party(draft.enterpriseOrganizationId(), "enterpriseOrganizationId");
        List<Organization> governments = draft.governmentOrganizationIds().stream()
                .map(id -> party(id, "governmentOrganizationIds"))
                .toList();
        String code = partnerships.nextCode(
                university.regionCode(), draft.agreement().signedOn().getYear());
        Partnership partnership =
                Partnership.draft(UUID.randomUUID(), code, university, enterprise, governments, draft.agreement());
        if (!Scope.canManage(caller, partnership)) {
            throw new Forbidden(
                    "you may only draft partnerships your own organisation is the university or enterprise of");
        }
        partnerships.add(partnership);
        recordChange(caller, "drafted", null, partnership);
        return partnership;
    }

    @Transactional
    public Partnership revise(Caller caller, UUID id, long expectedVersion, Agreement agreement) {
        return change(caller, id, expectedVersion, "revised", partnership -> partnership.revise(agreement));
    }

    @Transactional
    public Partnership apply(Caller caller, UUID id, LifecycleCommand command) {
        return change(
                caller,
                id,
                null,
                command.name().toLowerCase(),
                partnership -> partnership.apply(
                        command,
                        calendar.today(),
                        command.target() == io.gongjian.partnership.domain.PartnershipStatus.ACTIVE
                                && partnerships.activeExistsBetween(
                                        partnership.parties().universityOrganizationId(),
                                        partnership.parties().enterpriseOrganizationId(),
                                        partnership.id())));
    }

    @Transactional
    public Partnership setTargets(Caller caller, UUID id, long expectedVersion, Map<String, BigDecimal> targets) {
        Map<VolumeIndicator, BigDecimal> byIndicator = new java.util.EnumMap<>(VolumeIndicator.class);
        targets.forEach((code, target) -> byIndicator.put(VolumeIndicator.fromCode(code), target));
        return change(caller, id, expectedVersion, "targets set", partnership -> partnership.setTargets(byIndicator));
    }

    @Transactional
    public KeyProject addKeyProject(Caller caller, UUID id, KeyProject project) {
        change(caller, id, null, "key project added", partnership -> partnership.addKeyProject(project));
        return project;
    }

    @Transactional
    public KeyProject reviseKeyProject(Caller caller, UUID id, long expectedVersion, KeyProject project) {
        Partnership partnership = change(
                caller, id, expectedVersion, "key project revised", changed -> changed.reviseKeyProject(project));
        return partnership.keyProject(project.id());
    }

    /** Moves every ACTIVE partnership whose term has ended to EXPIRED; returns how many. */
    @Transactional
    public int expireEndedTerms(Caller system) {
        int expired = 0;
        for (UUID id : partnerships.activeWithTermEndedBefore(calendar.today())) {
            Partnership partnership = partnerships.findForUpdate(id).orElseThrow();
            var before = States.of(partnership);
            if (partnership.expireIfTermEnded(calendar.today())) {
                partnerships.update(partnership);
                recordChange(system, "expired", before, partnership);
                expired++;
            }
        }
        return expired;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Partnership get(Caller caller, UUID id) {
        Partnership partnership = partnerships.find(id).orElseThrow(() -> new NotFound("partnership", id));
        if (!Scope.canRead(caller, partnership)) {
            throw new NotFound("partnership", id);
        }
        return partnership;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Partnership> list(Caller caller, PartnershipQuery query, PageRequest page) {
        return partnerships.search(query, Scope.visibility(caller, partnerships::partnersOf, true), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeHistory.Entry> history(Caller caller, UUID id) {
        get(caller, id);
        return history.of(RECORD_TYPE, id);
    }

    /** Loads with a lock, checks scope and version, applies the change, stores, publishes, records. */
    private Partnership change(
            Caller caller, UUID id, Long expectedVersion, String action, Consumer<Partnership> change) {
        Partnership partnership = partnerships.findForUpdate(id).orElseThrow(() -> new NotFound("partnership", id));
        if (!Scope.canManage(caller, partnership)) {
            if (Scope.canRead(caller, partnership)) {
                throw new Forbidden("only the parties' organisation admins may change this partnership");
            }
            throw new NotFound("partnership", id);
        }
        if (expectedVersion != null) {
            StaleVersion.check(expectedVersion, partnership.version());
        }
        var before = States.of(partnership);
        change.accept(partnership);
        partnerships.update(partnership);
        recordChange(caller, action, before, partnership);
        return partnership;
    }

    private Organization party(UUID id, String field) {
        if (id == null) {
            throw new RuleViolation(field, field + " is required");
        }
        return organizations
                .find(id)
                .orElseThrow(() -> new RuleViolation(field, "no organisation is registered with id " + id));
    }

    private void recordChange(Caller caller, String action, Object before, Partnership partnership) {
        var after = States.of(partnership);
        events.publish(after);
        history.record(RECORD_TYPE, partnership.id(), partnership.version(), action, caller.username(), before, after);
    }
}
