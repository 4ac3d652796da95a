package io.gongjian.records.infrastructure;

import io.gongjian.records.application.PartnershipVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Reads the version of the service's {@link PartnershipRow} entity (whatever it is called there) with a scalar
 * query, which the persistence context does not cache: each look sees what the consumer committed meanwhile.
 */
@ApplicationScoped
public class JpaPartnershipVersions implements PartnershipVersions {

    @Inject
    EntityManager entityManager;

    private volatile Optional<String> entity;

    @Override
    public boolean keepsCopies() {
        return entity().isPresent();
    }

    @Override
    public OptionalLong of(UUID partnershipId) {
        List<Long> versions = entityManager
                .createQuery("SELECT e.version FROM " + entity().orElseThrow() + " e WHERE e.id = :id", Long.class)
                .setParameter("id", partnershipId)
                .getResultList();
        return versions.isEmpty() ? OptionalLong.empty() : OptionalLong.of(versions.get(0));
    }

    private Optional<String> entity() {
        if (entity == null) {
            List<String> rows = entityManager.getMetamodel().getEntities().stream()
                    .filter(type -> PartnershipRow.class.isAssignableFrom(type.getJavaType()))
                    .map(EntityType::getName)
                    .toList();
            if (rows.size() > 1) {
                throw new IllegalStateException("more than one copy of the partnerships: " + rows);
            }
            entity = rows.stream().findFirst();
        }
        return entity;
    }
}
