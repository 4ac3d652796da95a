package io.gongjian.evaluation.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gongjian.events.AchievementChanged;
import io.gongjian.events.ConversionChanged;
import io.gongjian.events.EventTypes;
import io.gongjian.events.ExchangeChanged;
import io.gongjian.events.OrganizationChanged;
import io.gongjian.events.PartnershipChanged;
import io.gongjian.events.Topics;
import io.gongjian.testing.TestEvents;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The local stack's demo plan (deploy/local-stack/src/main/resources/demo/demo-data.json) published as the events the
 * partnership and activity services would publish once the demo loader has posted it: the organisations, the
 * partnerships (ACTIVE) and their exchanges, achievements and conversions, dated the way the loader dates them
 * ({@code monthsAgo} before {@code today}). Activities, facilities and the bureau's inputs are left out: the
 * national data table reads none of them. The demo's organisation ids are replaced by fresh ones, so that other
 * tests' partnerships between the realm's demo organisations do not mix into these rows.
 */
final class DemoPlanEvents {

    private static final Path PLAN = Path.of(
            System.getProperty("gongjian.root", "../"), "deploy/local-stack/src/main/resources/demo/demo-data.json");

    /** Demo organisation id → the fresh id it was published under. */
    final Map<UUID, UUID> organizations = new HashMap<>();

    /** Demo organisation id → its region code. */
    private final Map<UUID, String> regions = new HashMap<>();

    /** The partnerships published, in the plan's order. */
    final List<UUID> partnerships = new ArrayList<>();

    private final LocalDate today;

    DemoPlanEvents(LocalDate today) {
        this.today = today;
    }

    void publish() throws IOException {
        JsonNode plan = new ObjectMapper().readTree(PLAN.toFile());
        for (JsonNode organization : plan.path("organizations")) {
            publishOrganization(organization);
        }
        for (JsonNode partnership : plan.path("partnerships")) {
            UUID id = UUID.randomUUID();
            partnerships.add(id);
            publishPartnership(id, partnership);
            JsonNode records = partnership.path("records");
            for (JsonNode exchange : records.path("exchanges")) {
                publishExchange(id, exchange);
            }
            for (JsonNode achievement : records.path("achievements")) {
                publishAchievement(id, achievement);
            }
        }
    }

    private void publishOrganization(JsonNode o) {
        UUID id = UUID.randomUUID();
        organizations.put(UUID.fromString(o.path("id").asText()), id);
        regions.put(UUID.fromString(o.path("id").asText()), o.path("regionCode").asText());
        List<OrganizationChanged.MemberCount> counts = new ArrayList<>();
        for (JsonNode count : o.path("memberCounts")) {
            counts.add(new OrganizationChanged.MemberCount(
                    LocalDate.parse(count.path("effectiveOn").asText()),
                    count.path("count").asInt()));
        }
        TestEvents.publish(
                Topics.PARTNERSHIP,
                EventTypes.ORGANIZATION_CHANGED,
                id,
                new OrganizationChanged(
                        id,
                        1,
                        o.path("name").asText(),
                        o.path("kind").asText(),
                        o.path("level").asText(),
                        o.path("institution").asText(),
                        o.path("creditCode").asText(),
                        o.path("regionCode").asText(),
                        counts,
                        text(o, "schoolCode")));
    }

    private void publishPartnership(UUID id, JsonNode p) {
        UUID university = organizations.get(
                UUID.fromString(p.path("universityOrganizationId").asText()));
        UUID enterprise = organizations.get(
                UUID.fromString(p.path("enterpriseOrganizationId").asText()));
        // A partnership takes the region of its university side, as the partnership service does.
        String region =
                regions.get(UUID.fromString(p.path("universityOrganizationId").asText()));
        List<String> modes = new ArrayList<>();
        p.path("modes").forEach(mode -> modes.add(mode.asText()));
        TestEvents.publish(new PartnershipChanged(
                id,
                2,
                "GJ-" + region + "-DEMO-" + id.toString().substring(0, 8),
                p.path("title").asText(),
                "ACTIVE",
                university,
                enterprise,
                List.of(),
                region,
                LocalDate.parse(p.path("signedOn").asText()),
                LocalDate.parse(p.path("term").path("start").asText()),
                LocalDate.parse(p.path("term").path("end").asText()),
                modes,
                Map.of(),
                List.of()));
    }

    private void publishExchange(UUID partnership, JsonNode e) {
        UUID id = UUID.randomUUID();
        TestEvents.publish(
                Topics.ACTIVITY,
                EventTypes.EXCHANGE_CHANGED,
                partnership,
                new ExchangeChanged(
                        id,
                        1,
                        partnership,
                        false,
                        null,
                        e.path("type").asText(),
                        e.path("direction").asText(),
                        date(e),
                        e.path("headcount").asInt(),
                        text(e, "description"),
                        null));
    }

    private void publishAchievement(UUID partnership, JsonNode a) {
        UUID id = UUID.randomUUID();
        TestEvents.publish(
                Topics.ACTIVITY,
                EventTypes.ACHIEVEMENT_CHANGED,
                partnership,
                new AchievementChanged(
                        id,
                        1,
                        partnership,
                        false,
                        null,
                        a.path("type").asText(),
                        a.path("title").asText(),
                        date(a),
                        text(a, "description"),
                        text(a, "resourceKind")));
        for (JsonNode c : a.path("conversions")) {
            TestEvents.publish(
                    Topics.ACTIVITY,
                    EventTypes.CONVERSION_CHANGED,
                    partnership,
                    new ConversionChanged(
                            UUID.randomUUID(),
                            1,
                            partnership,
                            id,
                            false,
                            null,
                            date(c),
                            c.path("form").asText(),
                            new BigDecimal(c.path("outputValue").asText()),
                            c.path("jobsCreated").asInt(),
                            c.has("universityIncome")
                                    ? new BigDecimal(c.path("universityIncome").asText())
                                    : null));
        }
    }

    /** As the demo loader dates records: {@code monthsAgo} months before today, yesterday for 0. */
    private LocalDate date(JsonNode record) {
        int monthsAgo = record.path("monthsAgo").asInt();
        return monthsAgo == 0 ? today.minusDays(1) : today.minusMonths(monthsAgo);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.path(field).asText() : null;
    }
}
