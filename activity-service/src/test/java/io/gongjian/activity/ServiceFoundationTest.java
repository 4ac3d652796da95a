package io.gongjian.activity;

import io.gongjian.testing.ServiceFoundationContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceFoundationTest extends ServiceFoundationContract {

    @Override
    protected String whoAmIPath() {
        return "/api/v1/activities/whoami";
    }

    @Override
    protected String serviceName() {
        return "activity-service";
    }
}
