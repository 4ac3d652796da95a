package io.gongjian.evaluation.application;

import java.net.URI;
import java.util.Optional;

/** Port: whether webhooks may be sent to a URL's host as it resolves now (SSRF guard). */
public interface TargetGuard {

    /** Why the URL may not be a target (its host resolves to a private address, or does not resolve); else empty. */
    Optional<Refusal> refusal(URI url);

    /** @param key the catalogue key saying why, with the URL and {@code detail} as arguments */
    record Refusal(String key, String detail) {}
}
