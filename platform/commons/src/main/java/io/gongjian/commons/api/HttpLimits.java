package io.gongjian.commons.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long a request line and how large its headers may be. The HTTP server's own limits
 * ({@code quarkus.http.limits.max-initial-line-length}, {@code max-header-size}) sit above these, so that a request
 * beyond them still reaches {@link HttpEdge} and is refused as a problem document rather than a bare status.
 */
@ConfigMapping(prefix = "gongjian.http")
public interface HttpLimits {

    /** Longest path and query, in characters. */
    @WithDefault("4096")
    int maxUriLength();

    /** Largest sum of header names and values, in characters. */
    @WithDefault("20480")
    int maxHeaderSize();
}
