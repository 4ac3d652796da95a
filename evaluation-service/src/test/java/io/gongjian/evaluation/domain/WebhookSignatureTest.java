package io.gongjian.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The example of the Standard Webhooks specification (its reference libraries test against it too). */
    @Test
    void signsTheSpecificationsExampleAsItSays() {
        String header = WebhookSignature.header(
                List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                "msg_p5jXN8AQM9LWM0D4loKWxJek",
                1614265330,
                "{\"test\": 2432232314}");
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", header);
    }

    @Test
    void aRotatedSecretSignsBesideTheNewOneSpaceSeparated() {
        String fresh = WebhookSignature.newSecret();
        String old = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String header = WebhookSignature.header(List.of(fresh, old), "msg_1", 1614265330, "{}");
        String[] signatures = header.split(" ");
        assertEquals(2, signatures.length);
        assertEquals("v1," + WebhookSignature.sign(fresh, "msg_1", 1614265330, "{}"), signatures[0]);
        assertEquals("v1," + WebhookSignature.sign(old, "msg_1", 1614265330, "{}"), signatures[1]);
        assertTrue(fresh.startsWith("whsec_") && fresh.length() > 40, fresh);
    }

    @Test
    void backoffDoublesWithJitterUpToItsMaximum() {
        Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(4));
        assertEquals(Duration.ofSeconds(15), backoff.after(1, () -> 0.0));
        assertEquals(Duration.ofSeconds(30), backoff.after(1, () -> Math.nextDown(1.0)));
        assertEquals(Duration.ofSeconds(60), backoff.after(2, () -> Math.nextDown(1.0)));
        assertEquals(Duration.ofHours(2), backoff.after(30, () -> 0.0));
        assertEquals(Duration.ofHours(4), backoff.after(1000, () -> Math.nextDown(1.0)));
        // Tried for 25 h, the schedule reaches past a day within a dozen or so attempts, never past 4 h apart.
        Duration total = Duration.ZERO;
        int attempts = 0;
        while (total.compareTo(Duration.ofHours(25)) < 0) {
            total = total.plus(backoff.after(++attempts, () -> 0.5));
        }
        assertTrue(attempts > 10 && attempts < 20, "attempts " + attempts);
    }
}
