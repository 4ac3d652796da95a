package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.InputDetails;
import io.gongjian.records.application.RecordStore;

/** Port: where evaluator inputs are kept. */
public interface Inputs extends RecordStore<InputDetails> {}
