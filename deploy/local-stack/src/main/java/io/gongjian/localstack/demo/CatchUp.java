package io.gongjian.localstack.demo;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * Waits out the moment after a partnership's activation in which the other services have not yet applied its
 * events: until then they answer 422 on {@code partnershipId} ("no partnership … in your scope": not seen yet) or
 * 409 with {@code partnershipStatus} DRAFT (seen as drafted, not yet as activated). Those two answers, and only
 * those, are sent again after a pause that doubles up to a ceiling, until the waiting adds up to a limit; any
 * other answer, or the last one after the limit, is handed back as it is.
 */
final class CatchUp {

    /** Sleeps; replaceable so that the schedule can be checked without waiting. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * @param first the first pause
     * @param longest the ceiling of a pause
     * @param limit how long to wait in all before handing back the last answer
     */
    record Schedule(Duration first, Duration longest, Duration limit) {}

    /** Generous for a slow machine: the services usually catch up within a second. */
    static final Schedule DEFAULT = new Schedule(Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofMinutes(3));

    private final Schedule schedule;
    private final Pause pause;

    CatchUp(Schedule schedule, Pause pause) {
        this.schedule = schedule;
        this.pause = pause;
    }

    static CatchUp standard() {
        return new CatchUp(DEFAULT, duration -> Thread.sleep(duration.toMillis()));
    }

    /** Sends {@code request} until its answer is not the race's, or the waiting reaches the limit. */
    ApiClient.Answer send(Supplier<ApiClient.Answer> request) {
        Duration waited = Duration.ZERO;
        Duration next = schedule.first();
        while (true) {
            ApiClient.Answer answer = request.get();
            if (!partnershipNotYetKnown(answer) || waited.compareTo(schedule.limit()) >= 0) {
                return answer;
            }
            Duration wait = min(next, schedule.limit().minus(waited));
            try {
                pause.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the services to catch up", e);
            }
            waited = waited.plus(wait);
            next = min(next.multipliedBy(2), schedule.longest());
        }
    }

    /** The two answers of a service that has not yet applied the partnership's latest event. */
    static boolean partnershipNotYetKnown(ApiClient.Answer answer) {
        if (!"partnershipId".equals(answer.body().path("field").asText())) {
            return false;
        }
        return answer.status() == 422
                || (answer.status() == 409
                        && "DRAFT"
                                .equals(answer.body().path("partnershipStatus").asText()));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
