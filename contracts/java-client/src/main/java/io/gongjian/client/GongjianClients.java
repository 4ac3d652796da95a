package io.gongjian.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What every user of the generated client sets up the same way: a client for one caller's bearer token, and the
 * read-your-writes token of a partnership service answer (docs/integrating-as-a-bureau.md, section 3).
 */
public final class GongjianClients {

    /** The header a write answer carries and the next dependent write sends back. */
    public static final String CONSISTENCY = "Gongjian-Consistency";

    private GongjianClients() {}

    /** A client calling {@code baseUri} (the gateway, e.g. {@code http://localhost:8080}) as the token's subject. */
    public static ApiClient forToken(String baseUri, String bearerToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri);
        client.setConnectTimeout(Duration.ofSeconds(5));
        client.setReadTimeout(Duration.ofSeconds(30));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + bearerToken));
        return client;
    }

    /** The {@value #CONSISTENCY} token of an answer of the partnership service; fails when it has none. */
    public static String consistencyToken(ApiResponse<?> answer) {
        for (Map.Entry<String, List<String>> header : answer.getHeaders().entrySet()) {
            if (header.getKey().equalsIgnoreCase(CONSISTENCY)
                    && !header.getValue().isEmpty()) {
                return header.getValue().get(0);
            }
        }
        throw new IllegalStateException("the answer (" + answer.getStatusCode() + ") carries no " + CONSISTENCY
                + " header: " + answer.getHeaders().keySet());
    }
}
