package io.gongjian.evaluation.application;

import io.gongjian.commons.domain.Forbidden;
import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.commons.domain.StaleVersion;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.security.PartnershipVisibility;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.EvaluatorInput;
import io.gongjian.evaluation.domain.InputDetails;
import io.gongjian.evaluation.domain.InputKind;
import io.gongjian.evaluation.domain.RectificationDetails;
import io.gongjian.history.ChangeHistory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Use cases of the evaluators' inputs: record, amend, withdraw, complete (rectification items), read, list,
 * history. Each write is one transaction with its history entry and the recomputed current scores of its
 * partnership, so the scores move the moment the write is acknowledged.
 */
@ApplicationScoped
public class InputService {

    @Inject
    Inputs inputs;

    @Inject
    ReadModel readModel;

    @Inject
    ScoreUpdates updates;

    @Inject
    ChangeHistory history;

    @Inject
    BusinessCalendar calendar;

    @Transactional
    public <D extends InputDetails> EvaluatorInput<D> record(Caller caller, UUID partnershipId, D details) {
        return updates.change(() -> recorded(caller, partnershipId, details), EvaluatorInput::partnershipId);
    }

    private <D extends InputDetails> EvaluatorInput<D> recorded(Caller caller, UUID partnershipId, D details) {
        EvaluatedPartnership partnership = recordablePartnership(caller, partnershipId);
        details.check(calendar.today());
        if (details instanceof RectificationDetails rectification && rectification.wasCompleted()) {
            throw new RuleViolation("completedOn", "an item is raised open; complete it with POST …/{id}/complete");
        }
        EvaluatorInput<D> input = EvaluatorInput.record(UUID.randomUUID(), partnershipId, details);
        inputs.add(input, partnership.regionCode());
        recordChange(caller, "recorded", null, input);
        return input;
    }

    @Transactional
    public <D extends InputDetails> EvaluatorInput<D> amend(
            Caller caller, InputKind kind, UUID id, long expectedVersion, UUID partnershipId, D details) {
        return updates.change(
                () -> amended(caller, kind, id, expectedVersion, partnershipId, details),
                EvaluatorInput::partnershipId);
    }

    @SuppressWarnings("unchecked")
    private <D extends InputDetails> EvaluatorInput<D> amended(
            Caller caller, InputKind kind, UUID id, long expectedVersion, UUID partnershipId, D details) {
        EvaluatorInput<D> input = (EvaluatorInput<D>) changeableInput(caller, kind, id, Scope::recordsInputs);
        if (partnershipId != null && !partnershipId.equals(input.partnershipId())) {
            throw new RuleViolation(
                    "partnershipId", "an input cannot move to another partnership; withdraw it and record it there");
        }
        StaleVersion.check(expectedVersion, input.version());
        D amended = details;
        if (details instanceof RectificationDetails rectification) {
            amended = (D) rectification.keepingCompletionOf((RectificationDetails) input.details());
        }
        amended.check(calendar.today());
        Map<String, Object> before = snapshot(input);
        input.amend(amended);
        inputs.update(input);
        recordChange(caller, "amended", before, input);
        return input;
    }

    @Transactional
    public EvaluatorInput<?> withdraw(Caller caller, InputKind kind, UUID id, String reason) {
        return updates.change(
                () -> {
                    EvaluatorInput<?> input = changeableInput(caller, kind, id, Scope::recordsInputs);
                    Map<String, Object> before = snapshot(input);
                    input.withdraw(reason);
                    inputs.update(input);
                    recordChange(caller, "withdrawn", before, input);
                    return input;
                },
                EvaluatorInput::partnershipId);
    }

    /** Marks a rectification item done: its partnership's parties or their bureau. */
    @Transactional
    @SuppressWarnings("unchecked")
    public EvaluatorInput<RectificationDetails> complete(Caller caller, UUID id, LocalDate completedOn, String note) {
        return updates.change(
                () -> {
                    EvaluatorInput<RectificationDetails> item = (EvaluatorInput<RectificationDetails>)
                            changeableInput(caller, InputKind.RECTIFICATION, id, Scope::completesRectifications);
                    Map<String, Object> before = snapshot(item);
                    item.amend(item.details().completed(completedOn, note, calendar.today()));
                    inputs.update(item);
                    recordChange(caller, "completed", before, item);
                    return item;
                },
                EvaluatorInput::partnershipId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluatorInput<?> get(Caller caller, InputKind kind, UUID id) {
        EvaluatorInput<?> input = inputs.find(kind, id).orElseThrow(() -> new NotFound(kind.label(), id));
        readModel
                .partnership(input.partnershipId())
                .filter(partnership -> Scope.readsDetails(caller, partnership))
                .orElseThrow(() -> new NotFound(kind.label(), id));
        return input;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EvaluatorInput<?>> list(Caller caller, InputQuery query, PageRequest page) {
        return inputs.search(query, PartnershipVisibility.of(caller, readModel::partnershipsInvolving), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChangeHistory.Entry> history(Caller caller, InputKind kind, UUID id) {
        get(caller, kind, id);
        return history.of(kind.label(), id);
    }

    private EvaluatedPartnership recordablePartnership(Caller caller, UUID partnershipId) {
        if (partnershipId == null) {
            throw new RuleViolation("partnershipId", "partnershipId is required");
        }
        EvaluatedPartnership partnership = readModel
                .partnership(partnershipId)
                .filter(found -> Scope.readsDetails(caller, found))
                .orElseThrow(
                        () -> new RuleViolation("partnershipId", "no partnership " + partnershipId + " in your scope"));
        if (!Scope.recordsInputs(caller, partnership)) {
            throw new Forbidden("evaluator inputs are recorded by the partnership's bureau officers");
        }
        return partnership;
    }

    private EvaluatorInput<?> changeableInput(Caller caller, InputKind kind, UUID id, Permission permission) {
        EvaluatorInput<?> input = inputs.findForUpdate(kind, id).orElseThrow(() -> new NotFound(kind.label(), id));
        EvaluatedPartnership partnership =
                readModel.partnership(input.partnershipId()).orElseThrow(() -> new NotFound(kind.label(), id));
        if (!permission.allows(caller, partnership)) {
            if (Scope.readsDetails(caller, partnership)) {
                throw new Forbidden("you may read this " + kind.label() + " but not change it");
            }
            throw new NotFound(kind.label(), id);
        }
        return input;
    }

    private void recordChange(Caller caller, String action, Map<String, Object> before, EvaluatorInput<?> input) {
        history.record(
                input.details().inputKind().label(),
                input.id(),
                input.version(),
                action,
                caller.username(),
                before,
                snapshot(input));
    }

    /** The input's published state, field by field, as the history compares it. */
    static Map<String, Object> snapshot(EvaluatorInput<?> input) {
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
        state.put("withdrawalReason", input.withdrawalReason());
        return state;
    }

    @FunctionalInterface
    private interface Permission {
        boolean allows(Caller caller, EvaluatedPartnership partnership);
    }
}
