package io.gongjian.evaluation.application;

import java.net.URI;
import java.util.Map;

/** Port: one HTTP POST of a webhook delivery. */
public interface WebhookSender {

    /** Posts the body with the headers; answers how it went, never throws for the receiver's failures. */
    Outcome post(URI url, Map<String, String> headers, String body);

    /**
     * @param status the HTTP status, null when no answer came
     * @param error what went wrong (an HTTP status outside 2xx, a timeout, a refused connection); null on success
     */
    record Outcome(Integer status, long latencyMillis, String error) {

        public boolean succeeded() {
            return error == null;
        }
    }
}
