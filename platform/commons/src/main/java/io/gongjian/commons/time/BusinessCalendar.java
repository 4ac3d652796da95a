package io.gongjian.commons.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" as the users see it: the platform's business dates are in Asia/Shanghai whatever the server's zone. */
@ApplicationScoped
public class BusinessCalendar {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Clock clock = Clock.system(ZONE);

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
