package io.gongjian.partnership.infrastructure;

import io.gongjian.commons.security.Caller;
import io.gongjian.commons.security.Role;
import io.gongjian.partnership.application.PartnershipService;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/** ACTIVE → EXPIRED when the term ends: shortly after midnight in Asia/Shanghai, and once at startup. */
@ApplicationScoped
public class PartnershipExpiryJob {

    private static final Logger LOG = Logger.getLogger(PartnershipExpiryJob.class);
    private static final Caller SYSTEM =
            new Caller("system", "system", null, Set.of(Role.PLATFORM_ADMIN), Optional.empty(), Optional.empty());

    @Inject
    PartnershipService partnerships;

    @Scheduled(cron = "0 1 0 * * ?", timeZone = "Asia/Shanghai")
    @Scheduled(every = "24h", delayed = "5s")
    void expireEndedTerms() {
        int expired = partnerships.expireEndedTerms(SYSTEM);
        if (expired > 0) {
            LOG.infof("%d partnerships expired at the end of their term", expired);
        }
    }
}
