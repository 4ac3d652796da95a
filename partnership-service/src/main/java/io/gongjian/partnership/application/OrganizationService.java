package io.gongjian.partnership.application;

import io.gongjian.commons.domain.Conflict;
import io.gongjian.commons.domain.Forbidden;
import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.domain.StaleVersion;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.history.ChangeHistory;
import io.gongjian.partnership.domain.MemberCount;
import io.gongjian.partnership.domain.Organization;
import io.gongjian.partnership.domain.OrganizationProfile;
import io.gongjian.records.application.RecordLifecycle;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Use cases of party organisations. Each write is one transaction with its event and its history entry. */
@ApplicationScoped
public class OrganizationService {

    @Inject
    OrganizationRepository organizations;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    ContextEvents events;

    /** How this service's records are named in the change history. */
    static final String RECORD_TYPE = "organization";

    @Inject
    ChangeHistory history;

    @Inject
    BusinessCalendar calendar;

    /** Platform admins register organisations; an id may be given (e.g. by a bureau importing its register). */
    @Transactional
    public Organization register(Caller caller, Optional<UUID> requestedId, OrganizationProfile profile) {
        if (!caller.seesEverything()) {
            throw new Forbidden("organisation.only-admins-register");
        }
        UUID id = requestedId.orElseGet(UUID::randomUUID);
        if (organizations.find(id).isPresent()) {
            throw new Conflict("id", "organisation.id-taken", id);
        }
        Organization organization = Organization.register(id, profile);
        organizations.add(organization);
        recordChange(caller, "registered", null, organization);
        return organization;
    }

    @Transactional
    public Organization revise(Caller caller, UUID id, long expectedVersion, OrganizationProfile profile) {
        Organization organization = manageable(caller, id);
        StaleVersion.check(expectedVersion, organization.version());
        var before = States.of(organization);
        organization.revise(profile);
        organizations.update(organization);
        recordChange(caller, "revised", before, organization);
        return organization;
    }

    @Transactional
    public Organization recordMemberCount(Caller caller, UUID id, MemberCount count) {
        Organization organization = manageable(caller, id);
        var before = States.of(organization);
        organization.recordMemberCount(count, calendar.today());
        organizations.update(organization);
        recordChange(caller, "member count recorded", before, organization);
        return organization;
    }

    /**
     * The organisation as its manager is about to change it, locked to the end of the caller's transaction: for a
     * write that first looks at what is there (an import row whose count may be recorded already).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Organization forChange(Caller caller, UUID id) {
        return manageable(caller, id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organization get(Caller caller, UUID id) {
        Organization organization = organizations.find(id).orElseThrow(() -> new NotFound("organisation", id));
        if (!Scope.canRead(caller, organization, partnerships::partnersOf)) {
            throw new NotFound("organisation", id);
        }
        return organization;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Organization> list(Caller caller, OrganizationQuery query, PageRequest page) {
        return organizations.search(query, Scope.visibility(caller, partnerships::partnersOf, false), page);
    }

    /** The whole list, in the order of {@code order}, for an export; read through a cursor in one transaction. */
    @Transactional
    @TransactionConfiguration(timeout = RecordLifecycle.EXPORT_TIMEOUT_SECONDS)
    public void export(Caller caller, OrganizationQuery query, PageRequest order, Consumer<Organization> each) {
        organizations.forEach(query, Scope.visibility(caller, partnerships::partnersOf, false), order, each);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeHistory.Entry> history(Caller caller, UUID id) {
        get(caller, id);
        return history.of(RECORD_TYPE, id);
    }

    private Organization manageable(Caller caller, UUID id) {
        Organization organization = organizations.findForUpdate(id).orElseThrow(() -> new NotFound("organisation", id));
        if (!Scope.canManage(caller, organization)) {
            if (Scope.canRead(caller, organization, partnerships::partnersOf)) {
                throw new Forbidden("organisation.only-own-admins");
            }
            throw new NotFound("organisation", id);
        }
        return organization;
    }

    private void recordChange(Caller caller, String action, Object before, Organization organization) {
        var after = States.of(organization);
        events.publish(after);
        history.record(
                RECORD_TYPE, organization.id(), organization.version(), action, caller.username(), before, after);
    }
}
