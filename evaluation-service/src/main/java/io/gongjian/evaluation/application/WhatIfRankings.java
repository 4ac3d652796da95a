package io.gongjian.evaluation.application;

import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.Caller;
import io.gongjian.evaluation.domain.Window;
import io.gongjian.evaluation.domain.weights.WeightScheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What-if rankings (WEIGHTS.md): a region's ranking under a scheme given in the request beside the ranking under the
 * applicable one, both computed as a ranking as of another date is, from one read of the region's figures. Reads
 * only: the given scheme is never saved, and no score is stored.
 */
@ApplicationScoped
public class WhatIfRankings {

    @Inject
    ScoreService scores;

    @Inject
    RankingSource rankingSource;

    @Inject
    ApplicableSchemes schemes;

    /**
     * @param region the prefix ranked, as a ranking takes it (a bureau officer's own region by default)
     * @param given the scheme to rank under, refused as saving it would be
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public WhatIfRanking rank(
            Caller caller, String region, LocalDate asOf, Integer windowDays, SchemeWeights given, PageRequest page) {
        RankingScope scope = scores.rankingScope(caller, region, asOf, windowDays);
        if (given == null) {
            throw new RuleViolation("scheme", "required", "scheme");
        }
        WeightScheme whatIf = given.unsaved();
        Window window = scope.window();
        WeightScheme applicable = schemes.load().applying(scope.region(), window.asOf());
        List<RankingCandidate> candidates = rankingSource.candidates(scope.region(), window.firstDay(), window.asOf());
        List<RankedCandidate> underApplicable = RankedCandidate.rank(candidates, window, applicable);
        List<RankedCandidate> underWhatIf = RankedCandidate.rank(candidates, window, whatIf);
        Map<UUID, Integer> applicableIndex = new HashMap<>();
        for (int i = 0; i < underApplicable.size(); i++) {
            applicableIndex.put(underApplicable.get(i).partnership().id(), i);
        }
        List<WhatIfRanking.Item> items = new ArrayList<>();
        for (int i = page.offset(); i < Math.min(underWhatIf.size(), page.offset() + page.size()); i++) {
            RankedCandidate ranked = underWhatIf.get(i);
            int before = applicableIndex.get(ranked.partnership().id());
            items.add(new WhatIfRanking.Item(underApplicable.get(before), before, ranked, i));
        }
        return WhatIfRanking.of(
                scope.region(),
                window.asOf(),
                window.days(),
                applicable,
                whatIf,
                Page.of(items, page, underWhatIf.size()));
    }
}
