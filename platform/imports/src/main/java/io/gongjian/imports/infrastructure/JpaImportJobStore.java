package io.gongjian.imports.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.imports.application.ImportJob;
import io.gongjian.imports.application.ImportJobStore;
import io.gongjian.imports.application.RowCounts;
import io.gongjian.imports.domain.ImportKind;
import io.gongjian.imports.domain.ImportMode;
import io.gongjian.imports.domain.ImportState;
import io.gongjian.imports.domain.RowProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Import jobs in plain SQL: a job row and its refused rows, their lists as JSON text. */
@ApplicationScoped
@Transactional
public class JpaImportJobStore implements ImportJobStore {

    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {};
    private static final TypeReference<List<RowProblem>> PROBLEMS = new TypeReference<>() {};
    private static final String COLUMNS = "id, kind, mode, state, file_name, headings, requested_by, rows_read,"
            + " rows_processed, rows_accepted, rows_unchanged, rows_amended, rows_refused, failure, created_at,"
            + " finished_at";

    @Inject
    EntityManager entities;

    @Inject
    ObjectMapper json;

    @Override
    public void add(ImportJob job, String owner) {
        entities.createNativeQuery("insert into import_job (" + COLUMNS + ", owner, heartbeat_at) values"
                        + " (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, now())")
                .setParameter(1, job.id())
                .setParameter(2, job.kind().code())
                .setParameter(3, job.mode().name())
                .setParameter(4, job.state().name())
                .setParameter(5, job.fileName())
                .setParameter(6, write(job.headings()))
                .setParameter(7, job.requestedBy())
                .setParameter(8, job.rowsRead())
                .setParameter(9, job.counts().processed())
                .setParameter(10, job.counts().accepted())
                .setParameter(11, job.counts().unchanged())
                .setParameter(12, job.counts().amended())
                .setParameter(13, job.counts().refused())
                .setParameter(14, job.failure() == null ? null : write(job.failure()))
                .setParameter(15, job.createdAt())
                .setParameter(16, job.finishedAt())
                .setParameter(17, owner)
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ImportJob> find(UUID id) {
        List<?> rows = entities.createNativeQuery("select " + COLUMNS + " from import_job where id = ?1")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(row -> job((Object[]) row));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(UUID id, ImportState state, RowCounts counts) {
        entities.createNativeQuery("update import_job set state = ?2, rows_processed = ?3, rows_accepted = ?4,"
                        + " rows_unchanged = ?5, rows_amended = ?6, rows_refused = ?7 where id = ?1")
                .setParameter(1, id)
                .setParameter(2, state.name())
                .setParameter(3, counts.processed())
                .setParameter(4, counts.accepted())
                .setParameter(5, counts.unchanged())
                .setParameter(6, counts.amended())
                .setParameter(7, counts.refused())
                .executeUpdate();
    }

    @Override
    public void refuse(UUID id, RefusedRow row) {
        entities.createNativeQuery("insert into import_refused_row (job_id, row_number, row_values, problems)"
                        + " values (?1, ?2, ?3, ?4)")
                .setParameter(1, id)
                .setParameter(2, row.number())
                .setParameter(3, write(row.values()))
                .setParameter(4, write(row.problems()))
                .executeUpdate();
    }

    @Override
    public void finish(UUID id, ImportState state, RowCounts counts, RowProblem failure) {
        entities.createNativeQuery("update import_job set state = ?2, rows_processed = rows_read, rows_accepted = ?3,"
                        + " rows_unchanged = ?4, rows_amended = ?5, rows_refused = ?6, failure = ?7, finished_at = ?8"
                        + " where id = ?1")
                .setParameter(1, id)
                .setParameter(2, state.name())
                .setParameter(3, counts.accepted())
                .setParameter(4, counts.unchanged())
                .setParameter(5, counts.amended())
                .setParameter(6, counts.refused())
                .setParameter(7, failure == null ? null : write(failure))
                .setParameter(8, OffsetDateTime.now())
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public void refusedRows(UUID id, Consumer<RefusedRow> each) {
        List<?> rows = entities.createNativeQuery("select row_number, row_values, problems from import_refused_row"
                        + " where job_id = ?1 order by row_number")
                .setParameter(1, id)
                .getResultList();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            each.accept(new RefusedRow(
                    ((Number) cells[0]).intValue(), read((String) cells[1], TEXTS), read((String) cells[2], PROBLEMS)));
        }
    }

    @Override
    public int heartbeat(String owner) {
        return entities.createNativeQuery("update import_job set heartbeat_at = now()"
                        + " where owner = ?1 and state in ('QUEUED', 'RUNNING')")
                .setParameter(1, owner)
                .executeUpdate();
    }

    @Override
    public int failAbandoned(String owner, OffsetDateTime silentSince, RowProblem atomic, RowProblem validRows) {
        return entities.createNativeQuery("update import_job set state = 'FAILED', finished_at = now(),"
                        + " rows_accepted = case when mode = 'ATOMIC' then 0 else rows_accepted end,"
                        + " rows_unchanged = case when mode = 'ATOMIC' then 0 else rows_unchanged end,"
                        + " rows_amended = case when mode = 'ATOMIC' then 0 else rows_amended end,"
                        + " failure = case when mode = 'ATOMIC' then ?1 else ?2 end"
                        + " where state in ('QUEUED', 'RUNNING') and owner <> ?3 and heartbeat_at < ?4")
                .setParameter(1, write(atomic))
                .setParameter(2, write(validRows))
                .setParameter(3, owner)
                .setParameter(4, silentSince)
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void release() {
        entities.flush();
        entities.clear();
    }

    private ImportJob job(Object[] row) {
        return new ImportJob(
                (UUID) row[0],
                ImportKind.ofCode((String) row[1]).orElseThrow(),
                ImportMode.valueOf((String) row[2]),
                ImportState.valueOf((String) row[3]),
                (String) row[4],
                read((String) row[5], TEXTS),
                (String) row[6],
                ((Number) row[7]).intValue(),
                counts(row),
                row[13] == null ? null : read((String) row[13], new TypeReference<RowProblem>() {}),
                offset(row[14]),
                row[15] == null ? null : offset(row[15]));
    }

    /** The counts as stored: the rows accepted are the rows created, left unchanged and amended. */
    private static RowCounts counts(Object[] row) {
        int accepted = ((Number) row[9]).intValue();
        int unchanged = ((Number) row[10]).intValue();
        int amended = ((Number) row[11]).intValue();
        return new RowCounts(
                ((Number) row[8]).intValue(),
                accepted - unchanged - amended,
                unchanged,
                amended,
                ((Number) row[12]).intValue());
    }

    private static OffsetDateTime offset(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        java.time.Instant instant =
                value instanceof java.sql.Timestamp stamp ? stamp.toInstant() : (java.time.Instant) value;
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot store an import's " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored import's JSON", e);
        }
    }
}
