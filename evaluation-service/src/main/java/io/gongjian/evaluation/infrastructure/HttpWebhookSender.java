package io.gongjian.evaluation.infrastructure;

import io.gongjian.evaluation.application.WebhookSender;
import io.gongjian.evaluation.application.WebhooksConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Map;

/**
 * Posts with the JDK's HTTP client. Redirects are not followed (one could lead to an address the SSRF guard
 * refuses); the answer's body is read and dropped.
 */
@ApplicationScoped
public class HttpWebhookSender implements WebhookSender {

    private static final int MAX_ERROR = 300;

    @Inject
    WebhooksConfig config;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(java.time.Duration.ofSeconds(5))
            .build();

    @Override
    public Outcome post(URI url, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(config.requestTimeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Gongjian-Webhooks/1")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        long started = System.nanoTime();
        try {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            long latency = (System.nanoTime() - started) / 1_000_000;
            int status = response.statusCode();
            return new Outcome(status, latency, status >= 200 && status < 300 ? null : "HTTP " + status);
        } catch (HttpTimeoutException e) {
            return new Outcome(null, elapsed(started), "no answer within " + config.requestTimeout());
        } catch (IOException e) {
            String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new Outcome(
                    null, elapsed(started), error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, elapsed(started), "interrupted (the service is stopping)");
        }
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
