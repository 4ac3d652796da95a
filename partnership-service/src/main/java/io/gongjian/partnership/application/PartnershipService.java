package io.gongjian.partnership.application;

import io.gongjian.commons.domain.Forbidden;
import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.commons.domain.StaleVersion;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.events.Side;
import io.gongjian.history.ChangeHistory;
import io.gongjian.partnership.domain.Agreement;
import io.gongjian.partnership.domain.KeyProject;
import io.gongjian.partnership.domain.LifecycleCommand;
import io.gongjian.partnership.domain.Organization;
import io.gongjian.partnership.domain.Partnership;
import io.gongjian.partnership.domain.PartnershipStatus;
import io.gongjian.partnership.domain.RegisterEntry;
import io.gongjian.partnership.domain.VolumeIndicator;
import io.gongjian.records.application.RecordLifecycle;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Use cases of co-construction partnerships. Each write locks the partnership, checks scope and version, and
 * stores the change with its event and history entry in one transaction.
 */
@ApplicationScoped
public class PartnershipService {

    /** What a new partnership names: its parties and its agreement. */
    public record Draft(
            UUID universityOrganizationId,
            UUID enterpriseOrganizationId,
            List<UUID> governmentOrganizationIds,
            Agreement agreement) {}

    /**
     * A draft waiting for the agreement of {@code side}, the side of the organisation admin it is addressed to.
     *
     * @param invitedBy the other side's organisation, once it has agreed (empty when a platform admin drafted)
     */
    public record Invitation(Partnership partnership, Side side, Optional<RegisterEntry> invitedBy) {}

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

    /**
     * Platform admins draft any partnership; an organisation admin drafts partnerships its own organisation is the
     * university or enterprise of, and so agrees to it: the other side's admin confirms.
     */
    @Transactional
    public Partnership draft(Caller caller, Draft draft) {
        // Scope first: a caller who is not one of the two parties learns nothing of the organisations named in
        // the request, not even whether they exist.
        Optional<Side> side =
                Scope.draftingSide(caller, draft.universityOrganizationId(), draft.enterpriseOrganizationId());
        if (!caller.seesEverything() && side.isEmpty()) {
            throw new Forbidden("partnership.draft-own-only");
        }
        Organization university = party(draft.universityOrganizationId(), "universityOrganizationId");
        Organization enterprise = party(draft.enterpriseOrganizationId(), "enterpriseOrganizationId");
        List<Organization> governments = draft.governmentOrganizationIds().stream()
                .map(id -> party(id, "governmentOrganizationIds"))
                .toList();
        String code = partnerships.nextCode(
                university.regionCode(), draft.agreement().signedOn().getYear());
        Partnership partnership = Partnership.draft(
                UUID.randomUUID(),
                code,
                university,
                enterprise,
                governments,
                draft.agreement(),
                side,
                calendar.today());
        partnerships.add(partnership);
        recordChange(caller, "drafted", null, partnership);
        return partnership;
    }

    @Transactional
    public Partnership revise(Caller caller, UUID id, long expectedVersion, Agreement agreement) {
        return edit(
                caller,
                id,
                Optional.of(expectedVersion),
                "revised",
                (partnership, side) -> partnership.revise(agreement, side, calendar.today()));
    }

    /**
     * Moves the partnership through its lifecycle. Activation is the bureau's of the region or a platform admin's
     * (on the record of a signed agreement); the parties' admins suspend, resume and terminate.
     *
     * @param expectedVersion the version the caller based the command on (If-Match), if it named one
     */
    @Transactional
    public Partnership apply(Caller caller, UUID id, Optional<Long> expectedVersion, LifecycleCommand command) {
        Partnership partnership = locked(caller, id);
        if (command == LifecycleCommand.ACTIVATE) {
            requireActivator(caller, partnership);
        } else {
            requireManager(caller, partnership);
        }
        expectedVersion.ifPresent(version -> StaleVersion.check(version, partnership.version()));
        var before = States.of(partnership);
        partnership.apply(
                command,
                calendar.today(),
                command.target() == PartnershipStatus.ACTIVE && anotherActiveBetweenTheSameParties(partnership));
        return store(caller, command.name().toLowerCase(), before, partnership);
    }

    /**
     * The admin of one of the two sides agrees to the draft as it stands at {@code expectedVersion}; once both
     * sides have agreed, the partnership is ACTIVE.
     */
    @Transactional
    public Partnership confirm(Caller caller, UUID id, long expectedVersion) {
        Partnership partnership = locked(caller, id);
        Side side =
                Scope.sideOf(caller, partnership).orElseThrow(() -> new Forbidden("partnership.confirm-parties-only"));
        StaleVersion.check(expectedVersion, partnership.version());
        var before = States.of(partnership);
        partnership.confirm(side, calendar.today(), anotherActiveBetweenTheSameParties(partnership));
        return store(caller, "confirmed by the " + side.name().toLowerCase() + " side", before, partnership);
    }

    @Transactional
    public Partnership setTargets(Caller caller, UUID id, long expectedVersion, Map<String, BigDecimal> targets) {
        Map<VolumeIndicator, BigDecimal> byIndicator = new EnumMap<>(VolumeIndicator.class);
        targets.forEach((code, target) -> byIndicator.put(VolumeIndicator.fromCode(code), target));
        return edit(
                caller,
                id,
                Optional.of(expectedVersion),
                "targets set",
                (partnership, side) -> partnership.setTargets(byIndicator, side));
    }

    @Transactional
    public KeyProject addKeyProject(Caller caller, UUID id, KeyProject project) {
        edit(
                caller,
                id,
                Optional.empty(),
                "key project added",
                (partnership, side) -> partnership.addKeyProject(project, side));
        return project;
    }

    @Transactional
    public KeyProject reviseKeyProject(Caller caller, UUID id, long expectedVersion, KeyProject project) {
        Partnership partnership = edit(
                caller,
                id,
                Optional.of(expectedVersion),
                "key project revised",
                (changed, side) -> changed.reviseKeyProject(project, side));
        return partnership.keyProject(project.id());
    }

    /**
     * The partnership as its manager is about to change it, locked to the end of the caller's transaction: for a
     * write that first looks at what is there (an import row whose key project may be in it already), so that what it
     * saw still holds when it writes.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Partnership forChange(Caller caller, UUID id) {
        Partnership partnership = locked(caller, id);
        requireManager(caller, partnership);
        return partnership;
    }

    /** Moves every ACTIVE partnership whose term has ended to EXPIRED; returns how many. */
    @Transactional
    public int expireEndedTerms(Caller system) {
        int expired = 0;
        for (UUID id : partnerships.activeWithTermEndedBefore(calendar.today())) {
            Partnership partnership = partnerships.findForUpdate(id).orElseThrow();
            var before = States.of(partnership);
            if (partnership.expireIfTermEnded(calendar.today())) {
                store(system, "expired", before, partnership);
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

    /**
     * The parties as the public register shows them (name, kind, level, region): what each side may know of the
     * other whether or not the partnership has been agreed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegisterEntry> parties(Caller caller, UUID id) {
        Partnership.Parties parties = get(caller, id).parties();
        return Stream.concat(
                        Stream.of(parties.universityOrganizationId(), parties.enterpriseOrganizationId()),
                        parties.governmentOrganizationIds().stream())
                .map(organizations::find)
                .flatMap(Optional::stream)
                .map(Organization::registerEntry)
                .toList();
    }

    /** The drafts that wait for the agreement of the caller's organisation. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Invitation> invitations(Caller caller, PageRequest page) {
        UUID own = caller.managedOrganization().orElseThrow(() -> new Forbidden("partnership.invitations-own-only"));
        return partnerships
                .awaitingAgreementOf(own, page)
                .map(partnership ->
                        new Invitation(partnership, partnership.sideOf(own).orElseThrow(), invitedBy(partnership)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Partnership> list(Caller caller, PartnershipQuery query, PageRequest page) {
        return partnerships.search(query, Scope.visibility(caller, partnerships::partnersOf, true), page);
    }

    /** The whole list, in the order of {@code order}, for an export; read through a cursor in one transaction. */
    @Transactional
    @TransactionConfiguration(timeout = RecordLifecycle.EXPORT_TIMEOUT_SECONDS)
    public void export(Caller caller, PartnershipQuery query, PageRequest order, Consumer<Partnership> each) {
        partnerships.forEach(query, Scope.visibility(caller, partnerships::partnersOf, true), order, each);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeHistory.Entry> history(Caller caller, UUID id) {
        get(caller, id);
        return history.of(RECORD_TYPE, id);
    }

    /** A change of the agreement, targets or key projects by a manager of the partnership. */
    private Partnership edit(
            Caller caller,
            UUID id,
            Optional<Long> expectedVersion,
            String action,
            BiConsumer<Partnership, Optional<Side>> change) {
        Partnership partnership = locked(caller, id);
        requireManager(caller, partnership);
        expectedVersion.ifPresent(version -> StaleVersion.check(version, partnership.version()));
        var before = States.of(partnership);
        change.accept(partnership, Scope.sideOf(caller, partnership));
        return store(caller, action, before, partnership);
    }

    /** Reads with a lock held to the end of the transaction; 404 for a caller who may not see it. */
    private Partnership locked(Caller caller, UUID id) {
        Partnership partnership = partnerships.findForUpdate(id).orElseThrow(() -> new NotFound("partnership", id));
        if (!Scope.canRead(caller, partnership)) {
            throw new NotFound("partnership", id);
        }
        return partnership;
    }

    private static void requireManager(Caller caller, Partnership partnership) {
        if (!Scope.canManage(caller, partnership)) {
            throw new Forbidden("partnership.parties-change-only");
        }
    }

    private static void requireActivator(Caller caller, Partnership partnership) {
        if (!Scope.canActivate(caller, partnership)) {
            throw new Forbidden(
                    Scope.sideOf(caller, partnership).isPresent()
                            ? "partnership.parties-confirm-instead"
                            : "partnership.bureau-activates");
        }
    }

    private boolean anotherActiveBetweenTheSameParties(Partnership partnership) {
        return partnerships.activeExistsBetween(
                partnership.parties().universityOrganizationId(),
                partnership.parties().enterpriseOrganizationId(),
                partnership.id());
    }

    /** The organisation of the side that has agreed to a draft the other side is invited to. */
    private Optional<RegisterEntry> invitedBy(Partnership partnership) {
        return partnership.consent().agreed().stream()
                .findFirst()
                .map(side -> side == Side.UNIVERSITY
                        ? partnership.parties().universityOrganizationId()
                        : partnership.parties().enterpriseOrganizationId())
                .flatMap(organizations::find)
                .map(Organization::registerEntry);
    }

    private Organization party(UUID id, String field) {
        if (id == null) {
            throw new RuleViolation(field, "required", field);
        }
        return organizations.find(id).orElseThrow(() -> new RuleViolation(field, "organisation.unknown", id));
    }

    private Partnership store(Caller caller, String action, Object before, Partnership partnership) {
        partnerships.update(partnership);
        recordChange(caller, action, before, partnership);
        return partnership;
    }

    private void recordChange(Caller caller, String action, Object before, Partnership partnership) {
        var after = States.of(partnership);
        events.publish(after);
        history.record(RECORD_TYPE, partnership.id(), partnership.version(), action, caller.username(), before, after);
    }
}
