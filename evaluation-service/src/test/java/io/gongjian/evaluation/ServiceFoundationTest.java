package io.gongjian.evaluation;

import io.gongjian.testing.ServiceFoundationContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceFoundationTest extends ServiceFoundationContract {

    @Override
    protected String whoAmIPath() {
        return "/api/v1/evaluation/whoami";
    }

    @Override
    protected String serviceName() {
        return "evaluation-service";
    }
}
