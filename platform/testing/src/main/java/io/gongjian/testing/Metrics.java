package io.gongjian.testing;

import static io.restassured.RestAssured.given;

import java.util.Optional;

/** Reads one series of the service's Prometheus metrics, as the monitoring would. */
public final class Metrics {

    private Metrics() {}

    /** The service's whole scrape at {@code /q/metrics}. */
    public static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /**
     * The value of series {@code name} with label {@code label="value"} at {@code /q/metrics}.
     *
     * @throws AssertionError when there is no such series
     */
    public static double value(String name, String label, String value) {
        return find(name, label + "=\"" + value + "\"")
                .orElseThrow(() ->
                        new AssertionError("no series " + name + "{" + label + "=\"" + value + "\"} at /q/metrics"));
    }

    /**
     * The value of the series {@code name} (the first, whatever its labels).
     *
     * @throws AssertionError when there is no such series
     */
    public static double value(String name) {
        return find(name, "").orElseThrow(() -> new AssertionError("no series " + name + " at /q/metrics"));
    }

    /** As {@link #value(String, String, String)}, but 0 for a counter not yet incremented, so not yet registered. */
    public static double count(String name, String label, String value) {
        return find(name, label + "=\"" + value + "\"").orElse(0.0);
    }

    private static Optional<Double> find(String name, String labelled) {
        return scrape().lines()
                .filter(line -> (line.startsWith(name + "{") || line.startsWith(name + " ")) && line.contains(labelled))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }
}
