package io.gongjian.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gongjian.client.ApiException;
import io.gongjian.client.GongjianApi;
import io.gongjian.client.model.ActivityRequest;
import io.gongjian.client.model.ActivityType;
import io.gongjian.client.model.AssessmentKind;
import io.gongjian.client.model.AssessmentRequest;
import io.gongjian.client.model.CoConstructionMode;
import io.gongjian.client.model.Indicator;
import io.gongjian.client.model.IndicatorScore;
import io.gongjian.client.model.RankingEntry;
import io.gongjian.client.model.Score;
import io.gongjian.client.model.Side;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Through the gateway, across the three contexts and the real broker, with the generated client: records logged in
 * the activity service move the partnership's score in the evaluation service, and a bureau officer's assessment
 * moves it at once.
 */
class ScoreThroughGatewayIT {

    @Test
    void loggedRecordsAndAnAssessmentMoveThePartnershipsScore() throws ApiException {
        GongjianApi admin = Journeys.as("admin");
        GongjianApi bureau = Journeys.as("gx-bureau");
        Journeys.Activated partnership = Journeys.activePartnership(admin);
        // Reads never wait: the evaluation service shows the score once it has applied the activation.
        Score fresh = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .ignoreException(ApiException.class)
                .until(() -> score(bureau, partnership.id()), score -> true);
        assertEquals(0, activityFrequency(fresh).getRaw().compareTo(BigDecimal.ZERO));

        UUID activity = admin.activities()
                .logActivity(
                        new ActivityRequest()
                                .partnershipId(partnership.id())
                                .type(ActivityType.JOINT_STUDY)
                                .mode(CoConstructionMode.IDEOLOGY)
                                .title("联合主题党日")
                                .occurredOn(Journeys.today())
                                .organisingSide(Side.JOINT)
                                .universityPartyMembers(6)
                                .enterprisePartyMembers(3)
                                .attendance(20),
                        Journeys.key(),
                        partnership.consistency())
                .getId();

        Score counted = await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> score(bureau, partnership.id()),
                        score -> activityFrequency(score).getRaw().compareTo(BigDecimal.ONE) == 0);
        assertTrue(activityFrequency(counted).getRecordIds().contains(activity), counted.toString());

        BigDecimal before = counted.getComposite();
        bureau.assessments()
                .recordAssessment(
                        new AssessmentRequest()
                                .partnershipId(partnership.id())
                                .kind(AssessmentKind.ORG_CONSTRUCTION)
                                .score(new BigDecimal(95))
                                .assessedOn(Journeys.today()),
                        Journeys.key(),
                        partnership.consistency());
        Score after = score(bureau, partnership.id());
        assertTrue(
                after.getComposite().compareTo(before) > 0,
                "the assessment did not raise the composite: " + before + " → " + after);

        assertTrue(bureau.rankings().getRanking(null, null, "4502", null, null).getItems().stream()
                .map(RankingEntry::getPartnershipId)
                .anyMatch(partnership.id()::equals));
    }

    private static Score score(GongjianApi caller, UUID partnership) throws ApiException {
        return caller.scores().getPartnershipScore(partnership, null, null);
    }

    private static IndicatorScore activityFrequency(Score score) {
        return score.getIndicators().stream()
                .filter(indicator -> indicator.getCode() == Indicator.ORG_ACTIVITY_FREQUENCY)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ORG_ACTIVITY_FREQUENCY in " + score));
    }
}
