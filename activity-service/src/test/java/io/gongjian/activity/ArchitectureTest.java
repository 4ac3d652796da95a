package io.gongjian.activity;

import io.gongjian.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void domainIsFreeOfFrameworks() {
        ArchitectureRules.checkDomainIsFrameworkFree("io.gongjian.activity");
    }

    @Test
    void apiDoesNotReachIntoInfrastructure() {
        ArchitectureRules.checkApiDoesNotReachInfrastructure("io.gongjian.activity");
    }

    @Test
    void everyPostTakesAnIdempotencyKey() {
        ArchitectureRules.checkWritesTakeIdempotencyKeys("io.gongjian.activity");
    }
}
