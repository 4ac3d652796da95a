package io.gongjian.evaluation.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts together the {@link Facts} of one partnership from the read model: revoked records and withdrawn inputs
 * are left out, everything else counts with its latest content.
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
        for (RecordFact record : records) {
            if (record.revoked()) {
                continue;
            }
            switch (record.kind()) {
                case ACTIVITY -> activities.add(new Facts.Activity(
                        record.id(),
                        record.businessDate(),
                        record.universityPartyMembers(),
                        record.enterprisePartyMembers()));
                case EXCHANGE -> exchanges.add(
                        new Facts.Exchange(record.id(), record.businessDate(), record.headcount()));
                case ACHIEVEMENT -> achievements.add(
                        new Facts.Achievement(record.id(), record.achievementType(), record.businessDate()));
                case CONVERSION -> conversions.add(new Facts.Conversion(
                        record.id(), record.achievementId(), record.businessDate(), record.outputValue()));
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
