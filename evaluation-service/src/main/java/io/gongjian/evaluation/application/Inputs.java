package io.gongjian.evaluation.application;

import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.PartnershipVisibility;
import io.gongjian.evaluation.domain.EvaluatorInput;
import io.gongjian.evaluation.domain.InputKind;
import java.util.Optional;
import java.util.UUID;

/** Where evaluator inputs are kept. */
public interface Inputs {

    void add(EvaluatorInput<?> input, String regionCode);

    void update(EvaluatorInput<?> input);

    Optional<EvaluatorInput<?>> find(InputKind kind, UUID id);

    /** Locks the input until the transaction ends, so that two amendments cannot both pass the version check. */
    Optional<EvaluatorInput<?>> findForUpdate(InputKind kind, UUID id);

    Page<EvaluatorInput<?>> search(InputQuery query, PartnershipVisibility visibility, PageRequest page);
}
