package io.gongjian.evaluation.application;

import java.time.LocalDate;

/** A weight scheme to save: for a region prefix from a date on, with its weights and targets. */
public record SchemeDraft(String regionPrefix, LocalDate effectiveFrom, SchemeWeights weights) {}
