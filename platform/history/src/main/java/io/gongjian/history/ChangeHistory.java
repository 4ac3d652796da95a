package io.gongjian.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who changed what, when: one entry per change of a record, kept as the fields that differ between the record's
 * published states before and after the change. Written in the transaction of the change.
 */
@ApplicationScoped
public class ChangeHistory {

    /** One change, as the API shows it. */
    @Schema(
            name = "HistoryEntry",
            description = "One change: who (from the token), when, which fields from what to what")
    public record Entry(
            @Schema(description = "The version the change produced") long version,
            @Schema(example = "targets set") String action,
            @Schema(example = "lzzy-admin") String actor,
            OffsetDateTime at,
            @Schema(description = "field → {from, to}") Map<String, Map<String, Object>> changes) {}

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final TypeReference<Map<String, Map<String, Object>>> CHANGES = new TypeReference<>() {};

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    /**
     * @param before the state before the change, {@code null} when the record was created
     * @param after the state after the change
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            String recordType, UUID recordId, long version, String action, String actor, Object before, Object after) {
        HistoryEntryEntity entry = new HistoryEntryEntity();
        entry.recordType = recordType;
        entry.recordId = recordId;
        entry.version = version;
        entry.action = action;
        entry.actor = actor;
        entry.changedAt = OffsetDateTime.now();
        try {
            entry.changes = json.writeValueAsString(differences(before, after));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot record the change of " + recordType + " " + recordId, e);
        }
        em.persist(entry);
    }

    /** Oldest first. */
    public List<Entry> of(String recordType, UUID recordId) {
        return em
                .createQuery(
                        "FROM HistoryEntryEntity WHERE recordType = :type AND recordId = :id ORDER BY id",
                        HistoryEntryEntity.class)
                .setParameter("type", recordType)
                .setParameter("id", recordId)
                .getResultList()
                .stream()
                .map(entry -> new Entry(entry.version, entry.action, entry.actor, entry.changedAt, read(entry.changes)))
                .toList();
    }

    /** field → {"from": old, "to": new} for every field whose value differs; the version is left out. */
    Map<String, Map<String, Object>> differences(Object before, Object after) {
        Map<String, Object> old = before == null ? Map.of() : json.convertValue(before, MAP);
        Map<String, Object> current = json.convertValue(after, MAP);
        Map<String, Map<String, Object>> changes = new LinkedHashMap<>();
        TreeSet<String> fields = new TreeSet<>(current.keySet());
        fields.addAll(old.keySet());
        fields.remove("version");
        for (String field : fields) {
            Object from = old.get(field);
            Object to = current.get(field);
            if (!Objects.equals(from, to)) {
                Map<String, Object> change = new HashMap<>();
                change.put("from", from);
                change.put("to", to);
                changes.put(field, change);
            }
        }
        return changes;
    }

    private Map<String, Map<String, Object>> read(String changes) {
        try {
            return json.readValue(changes, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable history entry", e);
        }
    }
}
