package io.gongjian.records.api;

import io.gongjian.records.domain.Details;
import java.util.UUID;

/** A request body that records or amends one record: the partnership it belongs to, and what it says. */
public interface RecordRequest<D extends Details> {

    UUID partnershipId();

    D toDetails();
}
