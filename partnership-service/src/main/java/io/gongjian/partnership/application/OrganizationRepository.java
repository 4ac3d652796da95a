package io.gongjian.partnership.application;

import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.partnership.domain.Organization;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Port: where organisations are kept. */
public interface OrganizationRepository {

    Optional<Organization> find(UUID id);

    /**
     * Locks the organisation for the rest of the transaction, then reads it: concurrent changes queue up and each
     * sees what the one before it committed.
     */
    Optional<Organization> findForUpdate(UUID id);

    /** Adds a new organisation; an id registered meanwhile by someone else is a {@link io.gongjian.commons.domain.Conflict}. */
    void add(Organization organization);

    /** Stores a change of an organisation read with {@link #findForUpdate}. */
    void update(Organization organization);

    Page<Organization> search(OrganizationQuery query, Visibility visibility, PageRequest page);

    /** All of what {@link #search} would page through, in its order, one at a time without holding them all. */
    void forEach(OrganizationQuery query, Visibility visibility, PageRequest order, Consumer<Organization> each);
}
