package io.gongjian.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "change_history")
public class HistoryEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "record_type")
    public String recordType;

    @Column(name = "record_id")
    public UUID recordId;

    public long version;
    public String action;
    public String actor;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    /** JSON: field → {"from": …, "to": …}. */
    public String changes;
}
