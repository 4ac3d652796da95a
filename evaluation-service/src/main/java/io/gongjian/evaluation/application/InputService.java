package io.gongjian.evaluation.application;

import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.EvaluatorInput;
import io.gongjian.evaluation.domain.InputDetails;
import io.gongjian.evaluation.domain.InputKind;
import io.gongjian.evaluation.domain.RectificationDetails;
import io.gongjian.records.application.Partnerships;
import io.gongjian.records.application.RecordLifecycle;
import io.gongjian.records.application.RecordStore;
import io.gongjian.records.domain.VersionedRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The evaluators' inputs through the shared record lifecycle, plus completing a rectification item. Bureau officers
 * of the partnership's region record them; every write goes through {@link ScoreUpdates}, so the partnership's
 * scores move in the transaction of the write and the moment it is acknowledged.
 */
@ApplicationScoped
public class InputService extends RecordLifecycle<InputDetails, EvaluatedPartnership, Map<String, Object>> {

    private static final Words WORDS =
            new Words("recorded", "input.bureau-records", "input.read-only", "input.cannot-move-withdraw");

    @Inject
    Inputs inputs;

    @Inject
    ReadModel readModel;

    @Inject
    ScoreUpdates updates;

    @Inject
    BusinessCalendar calendar;

    InputService() {
        super(WORDS, Scope::readsDetails, Scope::recordsInputs);
    }

    /** Marks a rectification item done: its partnership's parties or their bureau. */
    @Transactional
    public VersionedRecord<InputDetails> complete(Caller caller, UUID id, LocalDate completedOn, String note) {
        return write(
                () -> change(
                        caller,
                        InputKind.RECTIFICATION,
                        id,
                        Scope::completesRectifications,
                        "completed",
                        (item, partnership) -> item.amend(((RectificationDetails) item.details())
                                .completed(completedOn, note, calendar.today()))),
                Function.identity());
    }

    @Override
    protected RecordStore<InputDetails> store() {
        return inputs;
    }

    @Override
    protected Partnerships<EvaluatedPartnership> partnerships() {
        return readModel;
    }

    @Override
    protected void checkNew(EvaluatedPartnership partnership, InputDetails details) {
        details.check(calendar.today());
        if (details instanceof RectificationDetails rectification && rectification.wasCompleted()) {
            throw new RuleViolation("completedOn", "rectification.raised-open");
        }
    }

    /** Amending an item keeps its completion: completing is its own command. */
    @Override
    protected InputDetails checkAmendment(
            EvaluatedPartnership partnership, VersionedRecord<InputDetails> input, InputDetails amended) {
        InputDetails details = amended instanceof RectificationDetails rectification
                ? rectification.keepingCompletionOf((RectificationDetails) input.details())
                : amended;
        details.check(calendar.today());
        return details;
    }

    /** The input's published state, field by field, as the history compares it. */
    @Override
    protected Map<String, Object> published(VersionedRecord<InputDetails> input) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("partnershipId", input.partnershipId());
        for (RecordComponent component : input.details().getClass().getRecordComponents()) {
            try {
                state.put(component.getName(), component.getAccessor().invoke(input.details()));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName(), e);
            }
        }
        state.put("status", input.status());
        state.put("withdrawalReason", input.closingReason());
        return state;
    }

    @Override
    protected VersionedRecord<InputDetails> newRecord(
            UUID id, UUID partnershipId, String externalRef, InputDetails details) {
        return EvaluatorInput.record(id, partnershipId, externalRef, details);
    }

    /** Every write moves its partnership's scores, under the read-model lock. */
    @Override
    protected <T> T write(Supplier<T> change, Function<T, VersionedRecord<InputDetails>> written) {
        return updates.change(
                change,
                done -> written.apply(done).partnershipId(),
                done -> written.apply(done).details().businessDate(),
                done -> {
                    VersionedRecord<InputDetails> input = written.apply(done);
                    return ChangeCause.input(input.kind(), input.id());
                });
    }
}
