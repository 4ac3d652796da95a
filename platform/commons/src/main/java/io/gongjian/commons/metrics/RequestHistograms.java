package io.gongjian.commons.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.stream.LongStream;

/**
 * Buckets for {@code http_server_requests_seconds} (Micrometer publishes none unless asked), so that the dashboard
 * and alerts can take percentiles across replicas: a fixed, short list from 5 ms to 10 s, the same in every service
 * and the gateway.
 */
@Singleton
public class RequestHistograms {

    private static final long[] BUCKETS_MILLIS = {5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000};

    @Produces
    @Singleton
    MeterFilter httpServerRequestBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(LongStream.of(BUCKETS_MILLIS)
                                .mapToDouble(millis -> Duration.ofMillis(millis).toNanos())
                                .toArray())
                        .build()
                        .merge(config);
            }
        };
    }
}
