package io.gongjian.evaluation;

import io.gongjian.commons.events.CloudEvent;
import io.gongjian.events.AchievementChanged;
import io.gongjian.events.ActivityChanged;
import io.gongjian.events.ConversionChanged;
import io.gongjian.events.EventTypes;
import io.gongjian.events.ExchangeChanged;
import io.gongjian.events.FacilityChanged;
import io.gongjian.events.OrganizationChanged;
import io.gongjian.events.PartnershipChanged;
import io.gongjian.events.Topics;
import io.gongjian.testing.TestEvents;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Publishes the events of the partnership and activity contexts on the real broker, as their relays would. */
public final class Published {

    private Published() {}

    /** Two organisations (20 and 10 party members since 2020) and an ACTIVE partnership between them. */
    public static UUID partnership(String regionCode) {
        UUID university = UUID.randomUUID();
        UUID enterprise = UUID.randomUUID();
        organization(university, 1, 20);
        organization(enterprise, 1, 10);
        UUID id = UUID.randomUUID();
        partnership(id, 1, "ACTIVE", regionCode, university, enterprise, Map.of());
        return id;
    }

    public static CloudEvent organization(UUID id, long version, int partyMembers) {
        return TestEvents.publish(
                Topics.PARTNERSHIP,
                EventTypes.ORGANIZATION_CHANGED,
                id,
                new OrganizationChanged(
                        id,
                        version,
                        "组织 " + id,
                        "UNIVERSITY_COMMITTEE",
                        "COMMITTEE",
                        "机构 " + id,
                        null,
                        "450200",
                        List.of(new OrganizationChanged.MemberCount(LocalDate.of(2020, 1, 1), partyMembers)),
                        null));
    }

    public static CloudEvent partnership(
            UUID id,
            long version,
            String status,
            String regionCode,
            UUID university,
            UUID enterprise,
            Map<String, BigDecimal> targets) {
        PartnershipChanged base = TestEvents.partnership(id, version, status, regionCode, university, enterprise);
        return TestEvents.publish(
                Topics.PARTNERSHIP,
                EventTypes.PARTNERSHIP_CHANGED,
                id,
                new PartnershipChanged(
                        id,
                        version,
                        code(id, regionCode),
                        base.title(),
                        status,
                        university,
                        enterprise,
                        List.of(),
                        regionCode,
                        base.signedOn(),
                        base.termStart(),
                        base.termEnd(),
                        base.modes(),
                        targets,
                        List.of()));
    }

    /** The code the partnership is published with: distinct for distinct ids. */
    public static String code(UUID partnership, String regionCode) {
        return "GJ-" + regionCode + "-2024-" + partnership.toString().substring(0, 8);
    }

    public static CloudEvent activity(
            UUID id, UUID partnership, long version, boolean revoked, LocalDate occurredOn, int pmU, int pmE) {
        return TestEvents.publish(
                Topics.ACTIVITY,
                EventTypes.ACTIVITY_CHANGED,
                partnership,
                new ActivityChanged(
                        id,
                        version,
                        partnership,
                        revoked,
                        revoked ? "entered twice" : null,
                        "THEME_PARTY_DAY",
                        "IDEOLOGY",
                        "联合主题党日",
                        occurredOn,
                        "柳州",
                        "JOINT",
                        pmU,
                        pmE,
                        pmU + pmE + 5,
                        List.of(),
                        null));
    }

    public static CloudEvent exchange(UUID id, UUID partnership, long version, LocalDate occurredOn, int headcount) {
        return TestEvents.publish(
                Topics.ACTIVITY,
                EventTypes.EXCHANGE_CHANGED,
                partnership,
                new ExchangeChanged(
                        id,
                        version,
                        partnership,
                        false,
                        null,
                        "INTERNSHIP",
                        "TO_ENTERPRISE",
                        occurredOn,
                        headcount,
                        "实习",
                        null));
    }

    public static CloudEvent achievement(UUID id, UUID partnership, String type, LocalDate registeredOn) {
        return achievement(id, partnership, 1, false, type, registeredOn);
    }

    public static CloudEvent achievement(
            UUID id, UUID partnership, long version, boolean revoked, String type, LocalDate registeredOn) {
        return TestEvents.publish(
                Topics.ACTIVITY,
                EventTypes.ACHIEVEMENT_CHANGED,
                partnership,
                new AchievementChanged(
                        id,
                        version,
                        partnership,
                        revoked,
                        revoked ? "专利被宣告无效" : null,
                        type,
                        "成果 " + id,
                        registeredOn,
                        null,
                        null));
    }

    public static CloudEvent conversion(
            UUID id, UUID partnership, UUID achievement, LocalDate convertedOn, String outputValue) {
        return TestEvents.publish(
                Topics.ACTIVITY,
                EventTypes.CONVERSION_CHANGED,
                partnership,
                new ConversionChanged(
                        id,
                        1,
                        partnership,
                        achievement,
                        false,
                        null,
                        convertedOn,
                        "LICENSING",
                        new BigDecimal(outputValue),
                        3,
                        null));
    }

    /** A joint lab of the partnership, opened on {@code openedOn}, with 850 (10k CNY) of the enterprise's equipment. */
    public static CloudEvent facility(UUID id, UUID partnership, long version, boolean revoked, LocalDate openedOn) {
        return TestEvents.publish(
                Topics.ACTIVITY,
                EventTypes.FACILITY_CHANGED,
                partnership,
                new FacilityChanged(
                        id,
                        version,
                        partnership,
                        revoked,
                        revoked ? "登记有误" : null,
                        "LABORATORY",
                        "新能源汽车联合实验室 v" + version,
                        "INNOVATION",
                        "UNIVERSITY",
                        openedOn,
                        null,
                        new BigDecimal("850"),
                        new BigDecimal("600"),
                        40,
                        List.of()));
    }
}
