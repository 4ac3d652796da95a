package io.gongjian.evaluation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Puts together the {@link Facts} of one partnership from the read model: revoked records and withdrawn inputs
 * are left out, everything else counts with its latest content. A conversion counts only with its achievement:
 * when the achievement is revoked (or not known), its conversions count nowhere, whatever their own events say and
 * in whatever order they arrived. The records handed in must therefore include the achievement of every
 * conversion, whatever its date.
 */
public final class FactSheet {

    private FactSheet() {}

    public static Facts assemble(
            EvaluatedPartnership partnership,
            MemberCounts universityMembers,
            MemberCounts enterpriseMembers,
            List<RecordFact> records,
            List<EvaluatorInput<?>> inputs) {
        List<Facts.Activity> activities = new ArrayList<>();
        List<Facts.Exchange> exchanges = new ArrayList<>();
        List<Facts.Achievement> achievements = new ArrayList<>();
        List<Facts.Conversion> conversions = new ArrayList<>();
        Set<UUID> liveAchievements = records.stream()
                .filter(record -> record.kind() == FactKind.ACHIEVEMENT && !record.revoked())
                .map(RecordFact::id)
                .collect(Collectors.toSet());
        for (RecordFact record : records) {
            if (record.revoked()) {
                continue;
            }
            switch (record.kind()) {
                case ACTIVITY -> activities.add(record.asActivity());
                case EXCHANGE -> exchanges.add(record.asExchange());
                case ACHIEVEMENT -> achievements.add(
                        new Facts.Achievement(record.id(), record.achievementType(), record.businessDate()));
                case CONVERSION -> {
                    if (liveAchievements.contains(record.achievementId())) {
                        conversions.add(new Facts.Conversion(
                                record.id(), record.achievementId(), record.businessDate(), record.outputValue()));
                    }
                }
            }
        }
        List<Facts.Assessment> assessments = new ArrayList<>();
        List<Facts.Survey> surveys = new ArrayList<>();
        List<Facts.Rectification> rectifications = new ArrayList<>();
        for (EvaluatorInput<?> input : inputs) {
            if (!input.isActive()) {
                continue;
            }
            InputDetails details = input.details();
            if (details instanceof AssessmentDetails a) {
                assessments.add(new Facts.Assessment(
                        input.id(), a.kind(), a.score(), a.assessedOn(), input.recordedSequence()));
            } else if (details instanceof SurveyDetails s) {
                surveys.add(
                        new Facts.Survey(input.id(), s.kind(), s.side(), s.collectedOn(), s.respondents(), s.mean()));
            } else if (details instanceof RectificationDetails r) {
                rectifications.add(new Facts.Rectification(input.id(), r.raisedOn(), r.completedOn()));
            }
        }
        return new Facts(
                universityMembers,
                enterpriseMembers,
                partnership.targets(),
                activities,
                exchanges,
                achievements,
                conversions,
                assessments,
                surveys,
                rectifications);
    }
}
