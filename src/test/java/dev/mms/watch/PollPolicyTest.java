package dev.mms.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollPolicyTest {

    @Test
    void defaultsPollEveryTwoSecondsGrowingToFifteenRidingOutFiveMinutesOfOutage() {
        assertEquals(new PollPolicy(Duration.ofSeconds(2), Duration.ofSeconds(15), Duration.ofMinutes(5)),
                PollPolicy.defaults());
    }

    @Test
    void userIntervalSlowerThanTheDefaultCapRaisesTheCap() {
        PollPolicy policy = PollPolicy.of(Duration.ofSeconds(30));

        assertEquals(Duration.ofSeconds(30), policy.interval());
        assertEquals(Duration.ofSeconds(30), policy.maxInterval());
    }

    @Test
    void userIntervalFasterThanTheCapKeepsTheCapAndSteadyNeverGrows() {
        PollPolicy policy = PollPolicy.of(Duration.ofSeconds(1));

        assertEquals(Duration.ofSeconds(15), policy.maxInterval());
        assertEquals(Duration.ofSeconds(1), policy.steady().grow(Duration.ofSeconds(1)));
        assertEquals(Duration.ofMillis(1500), policy.grow(Duration.ofSeconds(1)));
    }

    @Test
    void nonsenseIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new PollPolicy(Duration.ZERO, Duration.ofSeconds(15), Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> new PollPolicy(Duration.ofSeconds(20), Duration.ofSeconds(15), Duration.ZERO));
        assertThrows(IllegalArgumentException.class,
                () -> new PollPolicy(Duration.ofSeconds(2), Duration.ofSeconds(15), Duration.ofSeconds(-1)));
    }
}
