package io.gongjian.events;

/** The events of {@link Topics#PARTNERSHIP}, keyed by the id of the organisation or partnership they describe. */
public sealed interface PartnershipEvent extends Event permits OrganizationChanged, PartnershipChanged {

    @Override
    default String key() {
        return id().toString();
    }

    <R> R accept(Visitor<R> visitor);

    /** One method per event of the topic: a consumer that implements it handles every one of them. */
    interface Visitor<R> {

        R organization(OrganizationChanged organization);

        R partnership(PartnershipChanged partnership);
    }
}
