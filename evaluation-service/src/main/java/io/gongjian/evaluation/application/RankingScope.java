package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.Window;

/** A ranking a caller may read: the region prefix ranked (empty: the whole country) and the window. */
public record RankingScope(String region, Window window) {}
