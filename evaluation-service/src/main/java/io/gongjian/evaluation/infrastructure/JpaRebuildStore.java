package io.gongjian.evaluation.infrastructure;

import com.fasterxml.jackson.core.type.TypeReference;
import io.gongjian.evaluation.application.ReadModelRebuild;
import io.gongjian.evaluation.application.RebuildStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The rebuilds in {@code read_model_rebuild}: its partial unique index lets one be unfinished at a time. */
@ApplicationScoped
public class JpaRebuildStore implements RebuildStore {

    private static final TypeReference<Map<String, Long>> OFFSETS = new TypeReference<>() {};

    @Inject
    EntityManager em;

    @Inject
    JsonColumns json;

    @Override
    public Optional<ReadModelRebuild> running() {
        return ReadModelRebuildEntity.<ReadModelRebuildEntity>find("finishedAt is null")
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .map(this::toDomain);
    }

    @Override
    public boolean add(ReadModelRebuild rebuild) {
        // Not persist(): a unique violation would doom the transaction; two starts at once must both answer.
        return em.createNativeQuery("INSERT INTO read_model_rebuild (id, phase, owner, heartbeat_at, started_at)"
                                + " VALUES (:id, :phase, :owner, :now, :now)"
                                + " ON CONFLICT ((TRUE)) WHERE finished_at IS NULL DO NOTHING")
                        .setParameter("id", rebuild.id())
                        .setParameter("phase", rebuild.phase().name())
                        .setParameter("owner", rebuild.owner())
                        .setParameter("now", rebuild.startedAt())
                        .executeUpdate()
                == 1;
    }

    @Override
    public void save(ReadModelRebuild rebuild) {
        ReadModelRebuildEntity entity = ReadModelRebuildEntity.findById(rebuild.id());
        entity.phase = rebuild.phase();
        entity.owner = rebuild.owner();
        entity.heartbeatAt = rebuild.heartbeatAt();
        entity.startedAt = rebuild.startedAt();
        entity.finishedAt = rebuild.finishedAt();
        entity.schemaVersion = rebuild.schemaVersion();
        entity.positions = json.write(rebuild.positions());
        entity.targets = json.write(rebuild.targets());
        entity.eventsToReplay = rebuild.eventsToReplay();
        entity.eventsRead = rebuild.eventsRead();
        entity.eventsApplied = rebuild.eventsApplied();
        entity.eventsMalformed = rebuild.eventsMalformed();
        entity.scoredThrough = rebuild.scoredThrough();
        entity.partnershipsScored = rebuild.partnershipsScored();
        entity.failure = rebuild.failure();
    }

    @Override
    public Optional<ReadModelRebuild> find(UUID id) {
        return ReadModelRebuildEntity.<ReadModelRebuildEntity>findByIdOptional(id)
                .map(this::toDomain);
    }

    private ReadModelRebuild toDomain(ReadModelRebuildEntity e) {
        return new ReadModelRebuild(
                e.id,
                e.phase,
                e.owner,
                e.heartbeatAt,
                e.startedAt,
                e.finishedAt,
                e.schemaVersion,
                json.read(e.positions, OFFSETS),
                json.read(e.targets, OFFSETS),
                e.eventsToReplay,
                e.eventsRead,
                e.eventsApplied,
                e.eventsMalformed,
                e.scoredThrough,
                e.partnershipsScored,
                e.failure);
    }
}
