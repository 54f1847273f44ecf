package dev.mms.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one duration grammar of flags, variables and the config file, and the text config view shows. */
class DurationsTest {

    @Test
    void readsWhatPeopleWrite() {
        assertEquals(Duration.ofSeconds(30), Durations.parse("30"));
        assertEquals(Duration.ofMinutes(90), Durations.parse("1h30m"));
        assertEquals(Duration.ofMillis(1500), Durations.parse(" 1S500MS "));
    }

    @Test
    void formatIsTheShortestTextThatReadsBack() {
        assertEquals("30s", Durations.format(Duration.ofSeconds(30)));
        assertEquals("1m30s", Durations.format(Duration.ofSeconds(90)));
        assertEquals("2h", Durations.format(Duration.ofHours(2)));
        assertEquals("500ms", Durations.format(Duration.ofMillis(500)));
        assertEquals("0s", Durations.format(Duration.ZERO));
        for (Duration d : List.of(Duration.ofMillis(1), Duration.ofMillis(61_001), Duration.ofHours(49).plusSeconds(7))) {
            assertEquals(d, Durations.parse(Durations.format(d)), d.toString());
        }
    }

    @Test
    void anythingElseSaysHowToWriteOne() {
        for (String bad : List.of("", "ten", "5 m", "1d", "m5", "30s5", "9999999999999")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Durations.parse(bad), bad);
            assertEquals("'" + bad + "' is not a duration; write it like 30s, 5m, 1h30m or 500ms", e.getMessage());
        }
    }
}
