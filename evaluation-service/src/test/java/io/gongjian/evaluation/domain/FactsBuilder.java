package io.gongjian.evaluation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the facts of one partnership for a test, one record at a time. */
final class FactsBuilder {

    final List<MemberCounts.Entry> university = new ArrayList<>();
    final List<MemberCounts.Entry> enterprise = new ArrayList<>();
    final Map<String, BigDecimal> targets = new HashMap<>();
    final List<Facts.Activity> activities = new ArrayList<>();
    final List<Facts.Exchange> exchanges = new ArrayList<>();
    final List<Facts.Achievement> achievements = new ArrayList<>();
    final List<Facts.Conversion> conversions = new ArrayList<>();
    final List<Facts.Assessment> assessments = new ArrayList<>();
    final List<Facts.Survey> surveys = new ArrayList<>();
    final List<Facts.Rectification> rectifications = new ArrayList<>();
    private long sequence;

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    FactsBuilder members(String effectiveOn, int universityCount, int enterpriseCount) {
        university.add(new MemberCounts.Entry(date(effectiveOn), universityCount));
        enterprise.add(new MemberCounts.Entry(date(effectiveOn), enterpriseCount));
        return this;
    }

    FactsBuilder target(Indicator indicator, String value) {
        targets.put(indicator.name(), new BigDecimal(value));
        return this;
    }

    UUID activity(String occurredOn, int universityPartyMembers, int enterprisePartyMembers) {
        UUID id = UUID.randomUUID();
        activities.add(new Facts.Activity(id, date(occurredOn), universityPartyMembers, enterprisePartyMembers));
        return id;
    }

    UUID exchange(String occurredOn, int headcount) {
        UUID id = UUID.randomUUID();
        exchanges.add(new Facts.Exchange(id, date(occurredOn), headcount));
        return id;
    }

    UUID achievement(String type, String registeredOn) {
        UUID id = UUID.randomUUID();
        achievements.add(new Facts.Achievement(id, type, date(registeredOn)));
        return id;
    }

    UUID conversion(UUID achievement, String convertedOn, String outputValue) {
        UUID id = UUID.randomUUID();
        conversions.add(new Facts.Conversion(id, achievement, date(convertedOn), new BigDecimal(outputValue)));
        return id;
    }

    UUID assessment(Facts.AssessmentKind kind, String score, String assessedOn) {
        UUID id = UUID.randomUUID();
        assessments.add(new Facts.Assessment(id, kind, new BigDecimal(score), date(assessedOn), ++sequence));
        return id;
    }

    UUID survey(Facts.SurveyKind kind, Facts.RespondentSide side, String collectedOn, int respondents, String mean) {
        UUID id = UUID.randomUUID();
        surveys.add(new Facts.Survey(id, kind, side, date(collectedOn), respondents, new BigDecimal(mean)));
        return id;
    }

    UUID rectification(String raisedOn, String completedOn) {
        UUID id = UUID.randomUUID();
        rectifications.add(new Facts.Rectification(id, date(raisedOn), completedOn == null ? null : date(completedOn)));
        return id;
    }

    Facts build() {
        return new Facts(
                new MemberCounts(university),
                new MemberCounts(enterprise),
                targets,
                activities,
                exchanges,
                achievements,
                conversions,
                assessments,
                surveys,
                rectifications);
    }
}
