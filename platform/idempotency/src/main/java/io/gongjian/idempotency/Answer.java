package io.gongjian.idempotency;

import io.gongjian.commons.api.ConsistencyToken;
import java.util.List;
import java.util.Map;

/**
 * The first answer to a write, as stored and replayed: its status, the headers a client acts on, its JSON body.
 *
 * @param body the JSON the write answered, {@code null} without a body
 */
record Answer(int status, Map<String, String> headers, String body) {

    /**
     * The headers a retry must see again: where the record is, which version it is at, and the token that lets the
     * client's next write in another service see this one.
     */
    static final List<String> KEPT_HEADERS = List.of("Location", "ETag", ConsistencyToken.HEADER);
}
