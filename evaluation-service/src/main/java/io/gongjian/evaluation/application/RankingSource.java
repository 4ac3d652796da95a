package io.gongjian.evaluation.application;

import java.time.LocalDate;
import java.util.List;

/** What a ranking as of any date and window is computed from (issue 16): a whole region's, in one read. */
public interface RankingSource {

    /**
     * Each ACTIVE partnership whose region code starts with {@code regionPrefix}, with its day figures summed over
     * [from, to]: counts summed where they are stored, the few days that hold more added to them.
     */
    List<RankingCandidate> candidates(String regionPrefix, LocalDate from, LocalDate to);
}
