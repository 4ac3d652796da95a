package io.gongjian.imports.application;

import io.gongjian.imports.domain.RowOutcome;

/** Counts a job's rows as they go, one chunk or the whole file at a time. */
final class Tally {
    private int processed;
    private int created;
    private int unchanged;
    private int amended;
    private int refused;

    void count(RowOutcome outcome) {
        processed++;
        switch (outcome) {
            case CREATED -> created++;
            case UNCHANGED -> unchanged++;
            case AMENDED -> amended++;
        }
    }

    void refused() {
        processed++;
        refused++;
    }

    /** Adds what a committed (or dry-run) chunk counted. */
    void add(Tally chunk) {
        processed += chunk.processed;
        created += chunk.created;
        unchanged += chunk.unchanged;
        amended += chunk.amended;
        refused += chunk.refused;
    }

    int refusedRows() {
        return refused;
    }

    RowCounts counts() {
        return new RowCounts(processed, created, unchanged, amended, refused);
    }
}
