package io.gongjian.evaluation.infrastructure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.MappedSuperclass;

/** A row of the read model that keeps one record's latest version: what an older or repeated event is compared to. */
@MappedSuperclass
public abstract class VersionedRow extends PanacheEntityBase {

    abstract long version();
}
