package io.gongjian.evaluation;

import io.gongjian.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void domainIsFreeOfFrameworks() {
        ArchitectureRules.checkDomainIsFrameworkFree("io.gongjian.evaluation");
    }

    @Test
    void apiDoesNotReachIntoInfrastructure() {
        ArchitectureRules.checkApiDoesNotReachInfrastructure("io.gongjian.evaluation");
    }

    @Test
    void everyPostTakesAnIdempotencyKey() {
        ArchitectureRules.checkWritesTakeIdempotencyKeys("io.gongjian.evaluation");
    }
}
