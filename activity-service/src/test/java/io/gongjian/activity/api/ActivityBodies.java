package io.gongjian.activity.api;

import io.gongjian.commons.time.BusinessCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The body of a valid joint activity of a partnership (three days ago unless told): tests change what they test. */
final class ActivityBodies {

    private ActivityBodies() {}

    static Map<String, Object> activity(UUID partnership, BusinessCalendar calendar) {
        return activity(partnership, calendar.today().minusDays(3));
    }

    /** A valid activity of {@code partnership} that took place on {@code occurredOn}, as a mutable body. */
    static Map<String, Object> activity(UUID partnership, LocalDate occurredOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("partnershipId", partnership);
        body.put("type", "JOINT_STUDY");
        body.put("mode", "IDEOLOGY");
        body.put("title", "两级党委理论学习中心组联学");
        body.put("occurredOn", occurredOn.toString());
        body.put("location", "柳州");
        body.put("organisingSide", "JOINT");
        body.put("universityPartyMembers", 18);
        body.put("enterprisePartyMembers", 22);
        body.put("attendance", 56);
        body.put("evidenceLinks", List.of("https://dangjian.example.cn/minutes.pdf"));
        return body;
    }
}
