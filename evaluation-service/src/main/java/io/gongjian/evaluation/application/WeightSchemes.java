package io.gongjian.evaluation.application;

import java.util.List;
import java.util.Optional;

/** Port: the saved weight schemes (WEIGHTS.md). Saved once, never changed. */
public interface WeightSchemes {

    /**
     * The version the next scheme of {@code regionPrefix} gets, the prefix locked until the transaction ends: two
     * schemes saved for one prefix at once get their versions one after the other.
     */
    int lockNextVersion(String regionPrefix);

    void add(SavedScheme saved);

    Optional<SavedScheme> find(String regionPrefix, int version);

    /**
     * The schemes a list shows, by prefix then version: those of exactly {@code regionPrefix} when given, and within
     * {@code reach} (a bureau's region: the schemes of it and of regions in it, and those of the regions containing
     * it, which apply to it) when given.
     */
    List<SavedScheme> list(String regionPrefix, String reach, int offset, int limit);

    long count(String regionPrefix, String reach);

    /** Every saved scheme: the few the scores of a whole region are chosen from. */
    List<SavedScheme> all();
}
