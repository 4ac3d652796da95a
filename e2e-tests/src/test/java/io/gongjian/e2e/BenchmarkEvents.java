package io.gongjian.e2e;

import io.gongjian.events.AchievementChanged;
import io.gongjian.events.ActivityChanged;
import io.gongjian.events.EventTypes;
import io.gongjian.events.ExchangeChanged;
import io.gongjian.events.Topics;
import io.gongjian.testing.TestEvents;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The benchmarks' bulk data, published straight to the topics as the partnership and activity contexts would: the
 * evaluation service's only input, and how the activity service learns of partnerships. Logging it through the APIs
 * would take most of an hour.
 */
final class BenchmarkEvents implements AutoCloseable {

    private final TestEvents.Publisher publisher = new TestEvents.Publisher(Platform.kafkaBootstrapServers());
    private final Random random;
    private final LocalDate today;

    BenchmarkEvents(Random random, LocalDate today) {
        this.random = random;
        this.today = today;
    }

    /** An ACTIVE partnership somewhere in province 46 (region 46xxyy), between two organisations of its own. */
    UUID activePartnership() {
        UUID id = UUID.randomUUID();
        String region = String.format("46%02d%02d", 1 + random.nextInt(30), 1 + random.nextInt(20));
        publisher.publish(
                Topics.PARTNERSHIP,
                EventTypes.PARTNERSHIP_CHANGED,
                id,
                TestEvents.partnership(id, 1, "ACTIVE", region, UUID.randomUUID(), UUID.randomUUID()));
        return id;
    }

    /** One joint study of {@code partnership} on {@code date}. */
    void activity(UUID partnership, LocalDate date) {
        publisher.publish(
                Topics.ACTIVITY,
                EventTypes.ACTIVITY_CHANGED,
                partnership,
                new ActivityChanged(
                        UUID.randomUUID(),
                        1,
                        partnership,
                        false,
                        null,
                        "JOINT_STUDY",
                        "IDEOLOGY",
                        "联学",
                        date,
                        null,
                        "JOINT",
                        5,
                        5,
                        20,
                        List.of(),
                        null));
    }

    /** Activities, exchanges and achievements spread over the last year; returns how many are activities. */
    int records(UUID partnership, int count) {
        int activities = 0;
        for (int i = 0; i < count; i++) {
            LocalDate date = today.minusDays(random.nextInt(365));
            switch (i % 4) {
                case 0, 1 -> {
                    activity(partnership, date);
                    activities++;
                }
                case 2 -> publisher.publish(
                        Topics.ACTIVITY,
                        EventTypes.EXCHANGE_CHANGED,
                        partnership,
                        new ExchangeChanged(
                                UUID.randomUUID(),
                                1,
                                partnership,
                                false,
                                null,
                                "INTERNSHIP",
                                "UNIVERSITY_TO_ENTERPRISE",
                                date,
                                3,
                                "实习",
                                null));
                default -> publisher.publish(
                        Topics.ACTIVITY,
                        EventTypes.ACHIEVEMENT_CHANGED,
                        partnership,
                        new AchievementChanged(
                                UUID.randomUUID(),
                                1,
                                partnership,
                                false,
                                null,
                                List.of("TEACHING_RESOURCE", "RESEARCH_PROJECT", "INNOVATIVE_PRACTICE")
                                        .get(random.nextInt(3)),
                                "成果",
                                date,
                                null,
                                null));
            }
        }
        return activities;
    }

    /** Waits until the broker has acknowledged every event published. */
    @Override
    public void close() {
        publisher.close();
    }
}
