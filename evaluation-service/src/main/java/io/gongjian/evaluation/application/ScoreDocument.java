package io.gongjian.evaluation.application;

/**
 * A partnership's score as the API serves it: either the kept-current report, stored as the JSON document it is
 * served as (a partnership with 10,000 records has a large one: it is not parsed back only to be written again),
 * or a report computed for the request.
 */
public record ScoreDocument(String storedJson, ScoreReport computed) {

    /**
     * The stored report with the open warnings added as its last member ({@code warningsJson}, a JSON array): it is
     * stored without them, a JSON object whose last character is its closing brace.
     */
    static ScoreDocument stored(String json, String warningsJson) {
        int end = json.lastIndexOf('}');
        return new ScoreDocument(json.substring(0, end) + ",\"warnings\":" + warningsJson + json.substring(end), null);
    }

    static ScoreDocument computed(ScoreReport report) {
        return new ScoreDocument(null, report);
    }

    public boolean isStored() {
        return storedJson != null;
    }
}
