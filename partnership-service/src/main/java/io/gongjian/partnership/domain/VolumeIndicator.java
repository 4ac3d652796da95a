package io.gongjian.partnership.domain;

import io.gongjian.commons.domain.RuleViolation;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The volume indicators (docs/evaluation-method.md, 3), the only ones an agreement sets annual targets for. */
public enum VolumeIndicator {
    ORG_ACTIVITY_FREQUENCY,
    RES_TEACHING_RESOURCES,
    RES_RESEARCH_PROJECTS,
    RES_TALENT_EXCHANGES,
    SOC_ECONOMIC_CONTRIBUTION,
    INN_PRACTICES;

    public static VolumeIndicator fromCode(String code) {
        return Arrays.stream(values())
                .filter(indicator -> indicator.name().equals(code))
                .findFirst()
                .orElseThrow(() -> new RuleViolation(
                        "targets." + code,
                        "target.not-volume",
                        code,
                        Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "))));
    }
}
