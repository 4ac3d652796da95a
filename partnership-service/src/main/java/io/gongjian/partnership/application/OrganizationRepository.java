package io.gongjian.partnership.application;

import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.partnership.domain.Organization;
import java.util.Optional;
import java.util.UUID;

/** Port: where organisations are kept. */
public interface OrganizationRepository {

    Optional<Organization> find(UUID id);

    /** Reads and locks for the rest of the transaction, so that concurrent changes queue up. */
    Optional<Organization> findForUpdate(UUID id);

    void add(Organization organization);

    void update(Organization organization);

    Page<Organization> search(OrganizationQuery query, Visibility visibility, PageRequest page);
}
