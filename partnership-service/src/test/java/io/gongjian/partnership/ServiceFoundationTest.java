package io.gongjian.partnership;

import io.gongjian.testing.ServiceFoundationContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ServiceFoundationTest extends ServiceFoundationContract {

    @Override
    protected String whoAmIPath() {
        return "/api/v1/partnerships/whoami";
    }

    @Override
    protected String serviceName() {
        return "partnership-service";
    }
}
