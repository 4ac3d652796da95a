package io.gongjian.evaluation.application;

/**
 * A partnership's score as the API serves it: either the kept-current report, stored as the JSON document it is
 * served as (a partnership with 10,000 records has a large one: it is not parsed back only to be written again),
 * or a report computed for the request.
 */
public record ScoreDocument(String storedJson, ScoreReport computed) {

    static ScoreDocument stored(String json) {
        return new ScoreDocument(json, null);
    }

    static ScoreDocument computed(ScoreReport report) {
        return new ScoreDocument(null, report);
    }

    public boolean isStored() {
        return storedJson != null;
    }
}
