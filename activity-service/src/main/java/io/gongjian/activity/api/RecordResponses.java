package io.gongjian.activity.api;

import io.gongjian.activity.domain.TrackedRecord;
import io.gongjian.commons.api.ETags;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** How every record endpoint answers: the record's current state with its version as ETag. */
final class RecordResponses {

    private RecordResponses() {}

    static Response created(UriInfo uri, TrackedRecord<?> record, Object body) {
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(record.id().toString())
                        .build())
                .tag(ETags.of(record.version()))
                .entity(body)
                .build();
    }

    static Response current(TrackedRecord<?> record, Object body) {
        return Response.ok(body).tag(ETags.of(record.version())).build();
    }
}
