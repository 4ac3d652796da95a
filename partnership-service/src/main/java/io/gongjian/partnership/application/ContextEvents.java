package io.gongjian.partnership.application;

import io.gongjian.events.OrganizationChanged;
import io.gongjian.events.PartnershipChanged;

/** Port: tells the other contexts, in the transaction of the change, what an aggregate looks like now. */
public interface ContextEvents {

    void publish(OrganizationChanged organization);

    void publish(PartnershipChanged partnership);
}
