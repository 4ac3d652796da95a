package io.gongjian.evaluation.application;

import io.gongjian.commons.domain.Forbidden;
import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.security.Role;
import io.gongjian.evaluation.domain.weights.PairwiseComparison;
import io.gongjian.evaluation.domain.weights.WeightScheme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Saving and reading weight schemes (WEIGHTS.md): a bureau officer for its own region prefix or a longer one, a
 * platform admin for any. A saved scheme never changes; a change is the prefix's next version.
 */
@ApplicationScoped
public class WeightSchemeService {

    @Inject
    WeightSchemes schemes;

    @Inject
    ScoreUpdates updates;

    @Transactional
    public SavedScheme create(Caller caller, SchemeDraft draft) {
        String reach = reach(caller);
        // Checked whole (version 1 stands in) before the prefix is locked: a refusal waits for no one.
        scheme(draft, 1);
        if (reach != null && !draft.regionPrefix().startsWith(reach)) {
            throw new Forbidden("scheme.region-outside-scope", draft.regionPrefix(), reach);
        }
        WeightScheme scheme = scheme(draft, schemes.lockNextVersion(draft.regionPrefix()));
        SavedScheme saved = new SavedScheme(scheme, caller.username(), OffsetDateTime.now());
        schemes.add(saved);
        updates.schemeSaved(scheme);
        return saved;
    }

    /**
     * The weights, λmax, CI and CR of pairwise comparisons as they stand, however inconsistent, for someone filling
     * in the matrix; refused only for a malformed matrix, as saving refuses it. Nothing is saved.
     */
    public PairwiseComparison consistency(List<List<BigDecimal>> pairwiseComparisons) {
        return PairwiseComparison.measured(pairwiseComparisons);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SavedScheme> list(Caller caller, String regionPrefix, PageRequest page) {
        String reach = reach(caller);
        String prefix = regionPrefix == null || regionPrefix.isBlank() ? null : regionPrefix.strip();
        return Page.of(schemes.list(prefix, reach, page.offset(), page.size()), page, schemes.count(prefix, reach));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SavedScheme get(Caller caller, String regionPrefix, int version) {
        String reach = reach(caller);
        return schemes.find(regionPrefix, version)
                .filter(saved -> reach == null
                        || saved.scheme().regionPrefix().startsWith(reach)
                        || reach.startsWith(saved.scheme().regionPrefix()))
                .orElseThrow(() -> new NotFound("weight scheme", regionPrefix + "/" + version));
    }

    /**
     * The region whose schemes a bureau officer saves (its own and longer prefixes) and reads (those and the ones
     * containing it, which apply to it); {@code null}: a platform admin, everything. Anyone else is refused.
     */
    private static String reach(Caller caller) {
        if (caller.seesEverything()) {
            return null;
        }
        if (caller.has(Role.BUREAU_OFFICER) && caller.region().isPresent()) {
            return caller.region().get();
        }
        throw new Forbidden("scheme.bureaus-and-admins");
    }

    private static WeightScheme scheme(SchemeDraft draft, int version) {
        SchemeWeights weights = draft.weights();
        if (!weights.fromComparisons()) {
            return WeightScheme.of(
                    draft.regionPrefix(),
                    version,
                    draft.effectiveFrom(),
                    weights.dimensionWeights(),
                    weights.indicatorWeights(),
                    weights.targets());
        }
        // The prefix and date are checked before the comparisons: the field named is the first one wrong.
        WeightScheme.of(
                draft.regionPrefix(),
                version,
                draft.effectiveFrom(),
                WeightScheme.defaultScheme().dimensionWeights(),
                WeightScheme.defaultScheme().indicatorWeights(),
                null);
        return WeightScheme.fromComparisons(
                draft.regionPrefix(),
                version,
                draft.effectiveFrom(),
                PairwiseComparison.of(weights.pairwiseComparisons()),
                weights.indicatorWeights(),
                weights.targets());
    }
}
