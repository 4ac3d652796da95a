package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.RebuildPhase;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "read_model_rebuild")
public class ReadModelRebuildEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public RebuildPhase phase;

    public String owner;

    @Column(name = "heartbeat_at")
    public OffsetDateTime heartbeatAt;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;

    @Column(name = "schema_version")
    public String schemaVersion;

    /** Offsets by topic:partition, JSON. */
    public String positions;

    public String targets;

    @Column(name = "events_to_replay")
    public long eventsToReplay;

    @Column(name = "events_read")
    public long eventsRead;

    @Column(name = "events_applied")
    public long eventsApplied;

    @Column(name = "events_malformed")
    public long eventsMalformed;

    @Column(name = "scored_through")
    public UUID scoredThrough;

    @Column(name = "partnerships_scored")
    public int partnershipsScored;

    public String failure;
}
