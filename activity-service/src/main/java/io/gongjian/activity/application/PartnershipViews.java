package io.gongjian.activity.application;

import io.gongjian.activity.domain.PartnershipView;
import io.gongjian.records.application.Partnerships;

/** Port: this context's read model of partnerships, kept from the partnership context's events. */
public interface PartnershipViews extends Partnerships<PartnershipView> {

    /** Stores the state unless the stored one is as new or newer; returns whether it was stored. */
    boolean apply(PartnershipView partnership);
}
