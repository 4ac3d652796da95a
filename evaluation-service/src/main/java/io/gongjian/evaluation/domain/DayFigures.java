package io.gongjian.evaluation.domain;

import io.gongjian.evaluation.domain.Facts.AssessmentKind;
import io.gongjian.evaluation.domain.Facts.RespondentSide;
import io.gongjian.evaluation.domain.Facts.SurveyKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the records and inputs of one business day (or, summed, of a window) contribute to the indicators: counts,
 * sums, participation shares, the latest assessments, survey totals, and the dates on which figures that depend on the
 * as-of date change (conversions of the research outputs, completions of the rectification items). A window's figures
 * are the sum of its days' ({@link #over}), so a score is computed from at most windowDays of them, however many
 * records lie behind. The sums are exact (BigDecimal addition does not round; each participation share is rounded
 * once, as when computed record by record), so any grouping of the days gives the same figures to the last digit.
 *
 * @param participations activities whose MU + ME was known and not 0 on their date
 * @param participationShares the sum of their {@code min(1, (pmU + pmE) / (MU + ME))}
 * @param firstConversions one per converted research output: the date of its earliest conversion
 * @param outputConversions one per conversion of a research output: its date
 * @param completions one per completed rectification item: its completion date
 * @param records the records behind each indicator, or {@code null} when not loaded (a large window lists none)
 */
public record DayFigures(
        int activities,
        int participations,
        BigDecimal participationShares,
        int exchanges,
        long exchangeHeadcount,
        int teachingResources,
        int researchProjects,
        int innovativePractices,
        int researchOutputs,
        List<LocalDate> firstConversions,
        List<LocalDate> outputConversions,
        int conversions,
        BigDecimal conversionValue,
        Latest orgConstruction,
        Latest teachingMode,
        SurveyTotal influence,
        SurveyTotal universitySatisfaction,
        SurveyTotal enterpriseSatisfaction,
        int rectifications,
        List<LocalDate> completions,
        Map<Indicator, List<RecordRef>> records) {

    public static final DayFigures NONE = new Tally(true).figures();

    /**
     * The order of the records of one day in the lists behind an indicator: by id as PostgreSQL orders uuids (bytes
     * unsigned, where {@link UUID#compareTo} compares signed halves), as the read model hands them out.
     */
    public static final Comparator<UUID> STORED_ORDER = Comparator.<UUID, Long>comparing(
                    UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    /**
     * The indicators whose records of a day are kept in {@link #STORED_ORDER} as activities and exchanges move in and
     * out of them; the other lists keep the order in which {@link #fold} lists them.
     */
    public static final Set<Indicator> LISTED_IN_STORED_ORDER = Set.copyOf(
            EnumSet.of(Indicator.ORG_ACTIVITY_FREQUENCY, Indicator.ORG_PARTICIPATION, Indicator.RES_TALENT_EXCHANGES));

    /** The latest assessment of a kind: on the latest date, of two on one date the one recorded last. */
    public record Latest(LocalDate on, long sequence, BigDecimal score, UUID id) {

        static Latest later(Latest a, Latest b) {
            if (a == null || b == null) {
                return a == null ? b : a;
            }
            int byDate = a.on.compareTo(b.on);
            return byDate > 0 || (byDate == 0 && a.sequence > b.sequence) ? a : b;
        }
    }

    /** Survey batches summed: how many, their respondents, and Σ respondents × mean. */
    public record SurveyTotal(int batches, long respondents, BigDecimal weighted) {

        static final SurveyTotal NONE = new SurveyTotal(0, 0, BigDecimal.ZERO);

        SurveyTotal plus(SurveyTotal other) {
            return new SurveyTotal(
                    batches + other.batches, respondents + other.respondents, weighted.add(other.weighted));
        }
    }

    /**
     * A record behind an indicator. {@code countsFrom}: the date from which it counts (a conversion of a research
     * output counts once converted, as of its date), {@code null} when it counts whatever the as-of date.
     */
    public record RecordRef(UUID id, LocalDate countsFrom) {

        boolean countsOn(LocalDate asOf) {
            return countsFrom == null || !countsFrom.isAfter(asOf);
        }
    }

    /** Whether the records behind the indicators were loaded. */
    public boolean listsRecords() {
        return records != null;
    }

    /** The records behind {@code indicator} that count as of {@code asOf}, or {@code null} when not loaded. */
    public List<UUID> recordsOf(Indicator indicator, LocalDate asOf) {
        if (records == null) {
            return null;
        }
        return records.getOrDefault(indicator, List.of()).stream()
                .filter(record -> record.countsOn(asOf))
                .map(RecordRef::id)
                .toList();
    }

    /** How many dates of {@code dates} are on or before {@code asOf}. */
    static int onOrBefore(List<LocalDate> dates, LocalDate asOf) {
        int count = 0;
        for (LocalDate date : dates) {
            if (!date.isAfter(asOf)) {
                count++;
            }
        }
        return count;
    }

    /** The figures of the days of {@code days} that lie in {@code window}, summed. */
    public static DayFigures over(Window window, NavigableMap<LocalDate, DayFigures> days) {
        return sum(days.subMap(window.firstDay(), true, window.asOf(), true).values());
    }

    /** The figures of {@code facts} over {@code window}, with the records behind them. */
    public static DayFigures over(Window window, Facts facts) {
        return over(window, fold(facts));
    }

    /** Days summed; the records stay listed only if every day lists them. */
    public static DayFigures sum(Collection<DayFigures> days) {
        boolean listed = days.stream().allMatch(DayFigures::listsRecords);
        Tally total = new Tally(listed);
        days.forEach(total::add);
        return total.figures();
    }

    /**
     * The figures of every business day of {@code facts}: activities and exchanges on their date, achievements on
     * their registration date (a research output with the dates of its conversions), conversions on theirs,
     * assessments, survey batches and rectification items on theirs. Participation shares use the member counts
     * effective on each activity's date.
     */
    public static NavigableMap<LocalDate, DayFigures> fold(Facts facts) {
        NavigableMap<LocalDate, Tally> days = new TreeMap<>();
        Map<UUID, List<Facts.Conversion>> conversionsOf = new HashMap<>();
        facts.conversions().forEach(c -> conversionsOf
                .computeIfAbsent(c.achievementId(), id -> new ArrayList<>())
                .add(c));
        for (Facts.Activity activity : facts.activities()) {
            days.computeIfAbsent(activity.occurredOn(), date -> new Tally(true))
                    .activity(activity, facts.universityMembers(), facts.enterpriseMembers(), 1);
        }
        for (Facts.Exchange exchange : facts.exchanges()) {
            days.computeIfAbsent(exchange.occurredOn(), date -> new Tally(true)).exchange(exchange, 1);
        }
        for (Facts.Achievement achievement : facts.achievements()) {
            Tally day = days.computeIfAbsent(achievement.registeredOn(), date -> new Tally(true));
            switch (achievement.type()) {
                case "TEACHING_RESOURCE" -> {
                    day.teachingResources++;
                    day.list(Indicator.RES_TEACHING_RESOURCES, achievement.id());
                }
                case "RESEARCH_PROJECT" -> {
                    day.researchProjects++;
                    day.list(Indicator.RES_RESEARCH_PROJECTS, achievement.id());
                }
                case "INNOVATIVE_PRACTICE" -> {
                    day.innovativePractices++;
                    day.list(Indicator.INN_PRACTICES, achievement.id());
                }
                case "RESEARCH_OUTPUT" -> day.researchOutput(
                        achievement.id(), conversionsOf.getOrDefault(achievement.id(), List.of()));
                default -> {} // counted by no indicator (awards)
            }
        }
        for (Facts.Conversion conversion : facts.conversions()) {
            Tally day = days.computeIfAbsent(conversion.convertedOn(), date -> new Tally(true));
            day.conversions++;
            day.conversionValue = day.conversionValue.add(conversion.outputValue());
            day.list(Indicator.SOC_ECONOMIC_CONTRIBUTION, conversion.id());
        }
        for (Facts.Assessment assessment : facts.assessments()) {
            Tally day = days.computeIfAbsent(assessment.assessedOn(), date -> new Tally(true));
            Latest latest =
                    new Latest(assessment.assessedOn(), assessment.sequence(), assessment.score(), assessment.id());
            if (assessment.kind() == AssessmentKind.ORG_CONSTRUCTION) {
                day.orgConstruction = Latest.later(day.orgConstruction, latest);
            } else {
                day.teachingMode = Latest.later(day.teachingMode, latest);
            }
        }
        for (Facts.Survey survey : facts.surveys()) {
            Tally day = days.computeIfAbsent(survey.collectedOn(), date -> new Tally(true));
            SurveyTotal batch = new SurveyTotal(
                    1, survey.respondents(), survey.mean().multiply(BigDecimal.valueOf(survey.respondents())));
            if (survey.kind() == SurveyKind.SOCIAL_INFLUENCE) {
                day.influence = day.influence.plus(batch);
                day.list(Indicator.SOC_INFLUENCE_INDEX, survey.id());
            } else if (survey.side() == RespondentSide.UNIVERSITY) {
                day.universitySatisfaction = day.universitySatisfaction.plus(batch);
                day.list(Indicator.FB_SATISFACTION_INDEX, survey.id());
            } else if (survey.side() == RespondentSide.ENTERPRISE) {
                day.enterpriseSatisfaction = day.enterpriseSatisfaction.plus(batch);
                day.list(Indicator.FB_SATISFACTION_INDEX, survey.id());
            } // PUBLIC satisfaction batches count nowhere
        }
        for (Facts.Rectification item : facts.rectifications()) {
            Tally day = days.computeIfAbsent(item.raisedOn(), date -> new Tally(true));
            day.rectifications++;
            if (item.completedOn() != null) {
                day.completions.add(item.completedOn());
            }
            day.list(Indicator.FB_RECTIFICATION_RATE, item.id());
        }
        NavigableMap<LocalDate, DayFigures> figures = new TreeMap<>();
        days.forEach((date, tally) -> figures.put(date, tally.figures()));
        return figures;
    }

    /** Whether evaluator inputs (assessments, survey batches, rectification items) contributed. */
    public boolean holdsInputs() {
        return orgConstruction != null
                || teachingMode != null
                || influence.batches() > 0
                || universitySatisfaction.batches() > 0
                || enterpriseSatisfaction.batches() > 0
                || rectifications > 0;
    }

    /**
     * This day's figures with one activity counted ({@code sign} 1) or taken out (−1) as {@link #fold} counts it: a
     * change of one activity moves its day by exactly what it contributes, so the day need not be folded again.
     */
    public DayFigures withActivity(
            Facts.Activity activity, MemberCounts university, MemberCounts enterprise, int sign) {
        Tally tally = new Tally(listsRecords());
        tally.add(this);
        tally.activity(activity, university, enterprise, sign);
        return tally.figures();
    }

    /** The same for one talent exchange. */
    public DayFigures withExchange(Facts.Exchange exchange, int sign) {
        Tally tally = new Tally(listsRecords());
        tally.add(this);
        tally.exchange(exchange, sign);
        return tally.figures();
    }

    /**
     * Whether these figures are counts and sums alone (no conversion dates of research outputs, no evaluator inputs):
     * such days can be summed by anything that adds numbers, {@link #counts} making figures of the result.
     */
    public boolean countsOnly() {
        return firstConversions.isEmpty() && outputConversions.isEmpty() && !holdsInputs();
    }

    /** Figures that are counts and sums alone: days summed elsewhere, all of them {@link #countsOnly}. */
    public static DayFigures counts(
            int activities,
            int participations,
            BigDecimal participationShares,
            int exchanges,
            long exchangeHeadcount,
            int teachingResources,
            int researchProjects,
            int innovativePractices,
            int researchOutputs,
            int conversions,
            BigDecimal conversionValue) {
        Tally tally = new Tally(false);
        tally.activities = activities;
        tally.participations = participations;
        tally.participationShares = participationShares;
        tally.exchanges = exchanges;
        tally.exchangeHeadcount = exchangeHeadcount;
        tally.teachingResources = teachingResources;
        tally.researchProjects = researchProjects;
        tally.innovativePractices = innovativePractices;
        tally.researchOutputs = researchOutputs;
        tally.conversions = conversions;
        tally.conversionValue = conversionValue;
        return tally.figures();
    }

    /** Whether nothing of the day counts anywhere: such a day has no figures. */
    public boolean countsNothing() {
        return activities == 0
                && exchanges == 0
                && teachingResources == 0
                && researchProjects == 0
                && innovativePractices == 0
                && researchOutputs == 0
                && conversions == 0
                && !holdsInputs();
    }

    /** These figures with the records behind them, as kept apart from them. */
    public DayFigures withRecords(Map<Indicator, List<RecordRef>> listed) {
        Tally tally = new Tally(false);
        tally.add(this);
        return tally.figures(listed);
    }

    /** These figures without the records behind them: what is summed for scores of large windows. */
    public DayFigures withoutRecords() {
        Tally tally = new Tally(false);
        tally.add(this);
        return tally.figures();
    }

    /** Figures being added up, one record or one day at a time. */
    private static final class Tally {
        int activities;
        int participations;
        BigDecimal participationShares = BigDecimal.ZERO;
        int exchanges;
        long exchangeHeadcount;
        int teachingResources;
        int researchProjects;
        int innovativePractices;
        int researchOutputs;
        final List<LocalDate> firstConversions = new ArrayList<>();
        final List<LocalDate> outputConversions = new ArrayList<>();
        int conversions;
        BigDecimal conversionValue = BigDecimal.ZERO;
        Latest orgConstruction;
        Latest teachingMode;
        SurveyTotal influence = SurveyTotal.NONE;
        SurveyTotal universitySatisfaction = SurveyTotal.NONE;
        SurveyTotal enterpriseSatisfaction = SurveyTotal.NONE;
        int rectifications;
        final List<LocalDate> completions = new ArrayList<>();
        final Map<Indicator, List<RecordRef>> records;

        Tally(boolean listsRecords) {
            records = listsRecords ? new EnumMap<>(Indicator.class) : null;
        }

        void list(Indicator indicator, UUID id) {
            list(indicator, new RecordRef(id, null));
        }

        void list(Indicator indicator, RecordRef record) {
            if (records != null) {
                records.computeIfAbsent(indicator, i -> new ArrayList<>()).add(record);
            }
        }

        /**
         * One activity in ({@code sign} 1) or out (−1): counted, and in the participation rate unless MU + ME is
         * unknown or 0 on its date. Taking one out subtracts exactly the share that counting it added.
         */
        void activity(
                Facts.Activity activity, MemberCounts universityMembers, MemberCounts enterpriseMembers, int sign) {
            activities += sign;
            place(Indicator.ORG_ACTIVITY_FREQUENCY, activity.id(), sign);
            Optional<Integer> university = universityMembers.on(activity.occurredOn());
            Optional<Integer> enterprise = enterpriseMembers.on(activity.occurredOn());
            if (university.isEmpty() || enterprise.isEmpty() || university.get() + enterprise.get() == 0) {
                return; // MU + ME unknown or 0: left out of the participation rate
            }
            BigDecimal share = Numbers.min(
                    BigDecimal.ONE,
                    Numbers.divide(
                            BigDecimal.valueOf(activity.universityPartyMembers() + activity.enterprisePartyMembers()),
                            BigDecimal.valueOf(university.get() + enterprise.get())));
            participations += sign;
            participationShares = sign > 0 ? participationShares.add(share) : participationShares.subtract(share);
            place(Indicator.ORG_PARTICIPATION, activity.id(), sign);
        }

        void exchange(Facts.Exchange exchange, int sign) {
            exchanges += sign;
            exchangeHeadcount += (long) sign * exchange.headcount();
            place(Indicator.RES_TALENT_EXCHANGES, exchange.id(), sign);
        }

        /** Lists a record in (1) or out (−1) of an indicator's records, kept in {@link #STORED_ORDER}. */
        void place(Indicator indicator, UUID id, int sign) {
            if (records == null) {
                return;
            }
            List<RecordRef> listed = records.computeIfAbsent(indicator, i -> new ArrayList<>());
            if (sign < 0) {
                listed.removeIf(record -> record.id().equals(id));
                return;
            }
            int at = listed.size();
            while (at > 0 && STORED_ORDER.compare(listed.get(at - 1).id(), id) > 0) {
                at--;
            }
            listed.add(at, new RecordRef(id, null));
        }

        /** A research output and its conversions: converted from the earliest of them on. */
        void researchOutput(UUID id, List<Facts.Conversion> itsConversions) {
            researchOutputs++;
            list(Indicator.INN_CONVERSION_RATE, id);
            LocalDate first = null;
            for (Facts.Conversion conversion : itsConversions) {
                outputConversions.add(conversion.convertedOn());
                list(Indicator.INN_CONVERSION_RATE, new RecordRef(conversion.id(), conversion.convertedOn()));
                if (first == null || conversion.convertedOn().isBefore(first)) {
                    first = conversion.convertedOn();
                }
            }
            if (first != null) {
                firstConversions.add(first);
            }
        }

        void add(DayFigures day) {
            activities += day.activities;
            participations += day.participations;
            participationShares = participationShares.add(day.participationShares);
            exchanges += day.exchanges;
            exchangeHeadcount += day.exchangeHeadcount;
            teachingResources += day.teachingResources;
            researchProjects += day.researchProjects;
            innovativePractices += day.innovativePractices;
            researchOutputs += day.researchOutputs;
            firstConversions.addAll(day.firstConversions);
            outputConversions.addAll(day.outputConversions);
            conversions += day.conversions;
            conversionValue = conversionValue.add(day.conversionValue);
            orgConstruction = Latest.later(orgConstruction, day.orgConstruction);
            teachingMode = Latest.later(teachingMode, day.teachingMode);
            influence = influence.plus(day.influence);
            universitySatisfaction = universitySatisfaction.plus(day.universitySatisfaction);
            enterpriseSatisfaction = enterpriseSatisfaction.plus(day.enterpriseSatisfaction);
            rectifications += day.rectifications;
            completions.addAll(day.completions);
            if (records != null) {
                day.records.forEach((indicator, refs) -> records.computeIfAbsent(indicator, i -> new ArrayList<>())
                        .addAll(refs));
            }
        }

        DayFigures figures() {
            Map<Indicator, List<RecordRef>> listed = records == null ? null : new EnumMap<>(Indicator.class);
            if (records != null) {
                records.forEach((indicator, refs) -> listed.put(indicator, List.copyOf(refs)));
            }
            return figures(listed == null ? null : Collections.unmodifiableMap(listed));
        }

        DayFigures figures(Map<Indicator, List<RecordRef>> listed) {
            return new DayFigures(
                    activities,
                    participations,
                    participationShares,
                    exchanges,
                    exchangeHeadcount,
                    teachingResources,
                    researchProjects,
                    innovativePractices,
                    researchOutputs,
                    List.copyOf(firstConversions),
                    List.copyOf(outputConversions),
                    conversions,
                    conversionValue,
                    orgConstruction,
                    teachingMode,
                    influence,
                    universitySatisfaction,
                    enterpriseSatisfaction,
                    rectifications,
                    List.copyOf(completions),
                    listed);
        }
    }
}
