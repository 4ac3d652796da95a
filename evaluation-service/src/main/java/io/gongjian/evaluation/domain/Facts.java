package io.gongjian.evaluation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the scores of one partnership are computed from: its agreement's targets, the member-count
 * histories of its two organisations, and every record that counts (revoked records left out, amended ones
 * with their latest content). Plain data: the indicators are pure functions of it.
 */
public record Facts(
        MemberCounts universityMembers,
        MemberCounts enterpriseMembers,
        Map<String, BigDecimal> targets,
        List<Activity> activities,
        List<Exchange> exchanges,
        List<Achievement> achievements,
        List<Conversion> conversions,
        List<Assessment> assessments,
        List<Survey> surveys,
        List<Rectification> rectifications) {

    public Facts {
        targets = Map.copyOf(targets);
        activities = List.copyOf(activities);
        exchanges = List.copyOf(exchanges);
        achievements = List.copyOf(achievements);
        conversions = List.copyOf(conversions);
        assessments = List.copyOf(assessments);
        surveys = List.copyOf(surveys);
        rectifications = List.copyOf(rectifications);
    }

    /** @param universityPartyMembers pmU, @param enterprisePartyMembers pmE */
    public record Activity(UUID id, LocalDate occurredOn, int universityPartyMembers, int enterprisePartyMembers) {}

    public record Exchange(UUID id, LocalDate occurredOn, int headcount) {}

    /** @param type RESEARCH_PROJECT, RESEARCH_OUTPUT, TEACHING_RESOURCE, INNOVATIVE_PRACTICE or AWARD */
    public record Achievement(UUID id, String type, LocalDate registeredOn) {}

    /** @param outputValue new output value in 10k CNY */
    public record Conversion(UUID id, UUID achievementId, LocalDate convertedOn, BigDecimal outputValue) {}

    /** @param sequence the order assessments were recorded in: on equal dates the later one wins */
    public record Assessment(UUID id, AssessmentKind kind, BigDecimal score, LocalDate assessedOn, long sequence) {}

    public record Survey(
            UUID id, SurveyKind kind, RespondentSide side, LocalDate collectedOn, int respondents, BigDecimal mean) {}

    /** @param completedOn {@code null} while open */
    public record Rectification(UUID id, LocalDate raisedOn, LocalDate completedOn) {}

    public enum AssessmentKind {
        ORG_CONSTRUCTION,
        TEACHING_MODE
    }

    public enum SurveyKind {
        SATISFACTION,
        SOCIAL_INFLUENCE
    }

    public enum RespondentSide {
        UNIVERSITY,
        ENTERPRISE,
        PUBLIC
    }
}
