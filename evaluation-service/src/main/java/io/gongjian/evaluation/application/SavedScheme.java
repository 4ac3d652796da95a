package io.gongjian.evaluation.application;

import io.gongjian.evaluation.domain.weights.WeightScheme;
import java.time.OffsetDateTime;

/** A saved weight scheme with who saved it and when. */
public record SavedScheme(WeightScheme scheme, String createdBy, OffsetDateTime createdAt) {}
