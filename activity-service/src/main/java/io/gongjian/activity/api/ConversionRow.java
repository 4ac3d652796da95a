package io.gongjian.activity.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * One row of a conversions spreadsheet: the achievement converted (in the path of its single POST) beside the body
 * of {@code POST /api/v1/achievements/{achievementId}/conversions}.
 */
public record ConversionRow(@NotNull UUID achievementId, @NotNull @Valid ConversionRequest conversion) {}
