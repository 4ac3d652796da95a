package io.gongjian.evaluation.application;

import io.gongjian.commons.domain.NotFound;
import io.gongjian.commons.domain.RuleViolation;
import io.gongjian.commons.paging.Page;
import io.gongjian.commons.paging.PageRequest;
import io.gongjian.commons.security.Caller;
import io.gongjian.commons.time.BusinessCalendar;
import io.gongjian.evaluation.domain.EvaluatedPartnership;
import io.gongjian.evaluation.domain.FactKind;
import io.gongjian.evaluation.domain.Grade;
import io.gongjian.evaluation.domain.RecordFact;
import io.gongjian.evaluation.domain.Window;
import io.gongjian.evaluation.domain.benchmarks.Benchmark;
import io.gongjian.evaluation.domain.benchmarks.Relay;
import io.gongjian.evaluation.domain.benchmarks.RelayChain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Benchmark designation and relays (seed 004). Platform admins designate anywhere, bureau officers in their region (a
 * partnership outside it: 404); everyone signed in reads the list, the public one.
 */
@ApplicationScoped
public class BenchmarkService {

    @Inject
    Benchmarks benchmarks;

    @Inject
    ReadModel readModel;

    @Inject
    Scorecards scorecards;

    @Inject
    BusinessCalendar calendar;

    @Transactional
    public BenchmarkView designate(Caller caller, Benchmark.Request request) {
        UUID partnershipId = request.partnershipId();
        if (partnershipId == null) {
            throw new RuleViolation("partnershipId", "required", "partnershipId");
        }
        EvaluatedPartnership partnership = readModel
                .find(partnershipId)
                .filter(found -> Scope.recordsInputs(caller, found))
                .orElseThrow(() -> new NotFound("partnership", partnershipId));
        LocalDate today = calendar.today();
        Grade grade = scorecards
                .of(partnership, new Window(today, Window.DEFAULT_DAYS))
                .grade();
        benchmarks.lockDesignations(partnershipId);
        Benchmark benchmark = Benchmark.designate(
                UUID.randomUUID(),
                request,
                partnership,
                grade,
                today,
                caller.seesEverything(),
                caller.username(),
                benchmarks.ofPartnership(partnershipId));
        benchmarks.add(benchmark);
        return views(List.of(benchmark), today).get(0);
    }

    @Transactional
    public BenchmarkView recordRelay(
            Caller caller, UUID benchmarkId, UUID activityId, UUID nextPartnershipId, String note) {
        Benchmark benchmark = benchmarks
                .find(benchmarkId)
                .filter(found -> caller.seesEverything() || caller.oversees(found.regionCode()))
                .orElseThrow(() -> new NotFound("benchmark", benchmarkId));
        RelayChain chain = new RelayChain(
                benchmark, benchmarks.relaysOf(List.of(benchmarkId)).get(benchmarkId));
        Optional<UUID> activityPartnership = activityId == null
                ? Optional.empty()
                : readModel
                        .stored(activityId)
                        .filter(fact -> fact.kind() == FactKind.ACTIVITY && !fact.revoked())
                        .map(RecordFact::partnershipId);
        Optional<EvaluatedPartnership> next = nextPartnershipId == null
                ? Optional.empty()
                : readModel.find(nextPartnershipId).filter(found -> Scope.recordsInputs(caller, found));
        Relay relay = chain.next(
                activityId,
                activityPartnership,
                nextPartnershipId,
                next,
                note,
                caller.username(),
                OffsetDateTime.now());
        benchmarks.add(relay);
        return views(List.of(benchmark), calendar.today()).get(0);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BenchmarkView get(UUID id) {
        Benchmark benchmark = benchmarks.find(id).orElseThrow(() -> new NotFound("benchmark", id));
        return views(List.of(benchmark), calendar.today()).get(0);
    }

    /** The list's filters, checked: a region-code prefix (empty: all regions) and which periods, as of today. */
    public record Listing(String regionPrefix, Benchmarks.Listed listed, LocalDate today) {}

    public Listing listing(String region, String state) {
        return new Listing(Scope.regionPrefix(region), listed(state), calendar.today());
    }

    /** A page of the public list: every signed-in caller reads every region's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BenchmarkView> list(Listing listing, PageRequest page) {
        List<Benchmark> found =
                benchmarks.list(listing.regionPrefix(), listing.listed(), listing.today(), page.offset(), page.size());
        return Page.of(
                views(found, listing.today()),
                page,
                benchmarks.count(listing.regionPrefix(), listing.listed(), listing.today()));
    }

    /** The whole list, for an export, a page at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void all(Listing listing, Consumer<BenchmarkView> sink) {
        Page.eachItem(request -> list(listing, request), "validFrom", true, sink);
    }

    private BenchmarkView.ActivityRef showcase(UUID activityId) {
        return readModel
                .stored(activityId)
                .filter(fact -> !fact.revoked())
                .map(fact -> new BenchmarkView.ActivityRef(
                        activityId, fact.activityType(), fact.title(), fact.businessDate(), fact.attendance()))
                .orElseGet(() -> new BenchmarkView.ActivityRef(activityId, null, null, null, null));
    }

    private static Benchmarks.Listed listed(String state) {
        if (state == null || state.isBlank()) {
            return Benchmarks.Listed.ALL;
        }
        try {
            return Benchmarks.Listed.valueOf(state.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("state", "benchmark.state", state);
        }
    }

    private List<BenchmarkView> views(List<Benchmark> listed, LocalDate today) {
        Map<UUID, List<Relay>> relays =
                benchmarks.relaysOf(listed.stream().map(Benchmark::id).toList());
        Set<UUID> partnershipIds = new HashSet<>();
        for (Benchmark benchmark : listed) {
            partnershipIds.add(benchmark.partnershipId());
            for (Relay relay : relays.get(benchmark.id())) {
                partnershipIds.add(relay.hostPartnershipId());
                partnershipIds.add(relay.nextPartnershipId());
            }
        }
        Map<UUID, EvaluatedPartnership> partnerships = readModel.partnerships(partnershipIds).stream()
                .collect(Collectors.toMap(EvaluatedPartnership::id, Function.identity()));
        Function<UUID, BenchmarkView.PartnershipRef> ref = id -> Optional.ofNullable(partnerships.get(id))
                .map(p -> new BenchmarkView.PartnershipRef(p.id(), p.code(), p.title(), p.regionCode()))
                .orElseGet(() -> new BenchmarkView.PartnershipRef(id, null, null, null));
        List<BenchmarkView> views = new ArrayList<>();
        for (Benchmark benchmark : listed) {
            RelayChain chain = new RelayChain(benchmark, relays.get(benchmark.id()));
            views.add(new BenchmarkView(
                    benchmark.id(),
                    ref.apply(benchmark.partnershipId()),
                    benchmark.validFrom(),
                    benchmark.validUntil(),
                    benchmark.stateOn(today),
                    benchmark.citation(),
                    benchmark.designatedOn(),
                    benchmark.designatedBy(),
                    benchmark.gradeOnDesignation(),
                    benchmark.overrideReason(),
                    ref.apply(chain.currentHost()),
                    chain.relays().stream()
                            .map(relay -> new BenchmarkView.RelayView(
                                    relay.sequence(),
                                    ref.apply(relay.hostPartnershipId()),
                                    showcase(relay.activityId()),
                                    ref.apply(relay.nextPartnershipId()),
                                    relay.note(),
                                    relay.recordedAt(),
                                    relay.recordedBy()))
                            .toList()));
        }
        return views;
    }
}
