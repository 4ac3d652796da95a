package io.gongjian.partnership;

import io.gongjian.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void domainIsFreeOfFrameworks() {
        ArchitectureRules.checkDomainIsFrameworkFree("io.gongjian.partnership");
    }

    @Test
    void apiDoesNotReachIntoInfrastructure() {
        ArchitectureRules.checkApiDoesNotReachInfrastructure("io.gongjian.partnership");
    }

    @Test
    void everyPostTakesAnIdempotencyKey() {
        ArchitectureRules.checkWritesTakeIdempotencyKeys("io.gongjian.partnership");
    }
}
