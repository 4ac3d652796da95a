package io.gongjian.imports.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.imports.application.ImportJob;
import io.gongjian.imports.application.ImportJobStore;
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
            + " rows_processed, rows_accepted, rows_refused, failure, created_at, finished_at";

    @Inject
    EntityManager entities;

    @Inject
    ObjectMapper json;

    @Override
    public void add(ImportJob job, String owner) {
        entities.createNativeQuery("insert into import_job (" + COLUMNS + ", owner, heartbeat_at) values"
                        + " (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, now())")
                .setParameter(1, job.id())
                .setParameter(2, job.kind().code())
                .setParameter(3, job.mode().name())
                .setParameter(4, job.state().name())
                .setParameter(5, job.fileName())
                .setParameter(6, write(job.headings()))
                .setParameter(7, job.requestedBy())
                .setParameter(8, job.rowsRead())
                .setParameter(9, job.rowsProcessed())
                .setParameter(10, job.rowsAccepted())
                .setParameter(11, job.rowsRefused())
                .setParameter(12, job.failure() == null ? null : write(job.failure()))
                .setParameter(13, job.createdAt())
                .setParameter(14, job.finishedAt())
                .setParameter(15, owner)
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
    public void progress(UUID id, ImportState state, int processed, int accepted, int refused) {
        entities.createNativeQuery("update import_job set state = ?2, rows_processed = ?3, rows_accepted = ?4,"
                        + " rows_refused = ?5 where id = ?1")
                .setParameter(1, id)
                .setParameter(2, state.name())
                .setParameter(3, processed)
                .setParameter(4, accepted)
                .setParameter(5, refused)
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
    public void finish(UUID id, ImportState state, int accepted, int refused, RowProblem failure) {
        entities.createNativeQuery("update import_job set state = ?2, rows_processed = rows_read,"
                        + " rows_accepted = ?3, rows_refused = ?4, failure = ?5, finished_at = ?6 where id = ?1")
                .setParameter(1, id)
                .setParameter(2, state.name())
                .setParameter(3, accepted)
                .setParameter(4, refused)
                .setParameter(5, failure == null ? null : write(failure))
                .setParameter(6, OffsetDateTime.now())
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
                ((Number) row[8]).intValue(),
                ((Number) row[9]).intValue(),
                ((Number) row[10]).intValue(),
                row[11] == null ? null : read((String) row[11], new TypeReference<RowProblem>() {}),
                offset(row[12]),
                row[13] == null ? null : offset(row[13]));
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
