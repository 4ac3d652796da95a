package io.gongjian.testing;

import static io.restassured.RestAssured.given;

/** Reads one series of the service's Prometheus metrics, as the monitoring would. */
public final class Metrics {

    private Metrics() {}

    /**
     * The value of series {@code name} with label {@code label="value"} at {@code /q/metrics}.
     *
     * @throws AssertionError when there is no such series
     */
    public static double value(String name, String label, String value) {
        String scrape =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        String wanted = label + "=\"" + value + "\"";
        return scrape.lines()
                .filter(line -> line.startsWith(name + "{") && line.contains(wanted))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no series " + name + "{" + wanted + "} at /q/metrics"));
    }
}
