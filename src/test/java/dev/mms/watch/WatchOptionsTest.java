package dev.mms.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WatchOptionsTest {

    @Test
    void defaultsPollEveryTwoSecondsGrowingToFifteenWithoutTimeout() {
        assertEquals(new WatchOptions(Duration.ofSeconds(2), Duration.ofSeconds(15), null, 20),
                WatchOptions.defaults());
    }

    @Test
    void userIntervalSlowerThanTheDefaultCapRaisesTheCap() {
        WatchOptions options = WatchOptions.of(Duration.ofSeconds(30), Duration.ofMinutes(5));

        assertEquals(Duration.ofSeconds(30), options.interval());
        assertEquals(Duration.ofSeconds(30), options.maxInterval());
        assertEquals(Duration.ofMinutes(5), options.timeout());
    }

    @Test
    void userIntervalFasterThanTheCapKeepsTheCap() {
        WatchOptions options = WatchOptions.of(Duration.ofSeconds(1), null);

        assertEquals(Duration.ofSeconds(15), options.maxInterval());
    }

    @Test
    void nonsenseIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new WatchOptions(Duration.ZERO, Duration.ofSeconds(15), null));
        assertThrows(IllegalArgumentException.class,
                () -> new WatchOptions(Duration.ofSeconds(20), Duration.ofSeconds(15), null));
        assertThrows(IllegalArgumentException.class,
                () -> new WatchOptions(Duration.ofSeconds(2), Duration.ofSeconds(15), Duration.ofSeconds(-1)));
    }
}
