package dev.mms.watch;

import dev.mms.testing.ManualClock;
import dev.mms.api.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Sleeps by advancing the fake clock, and remembers every requested duration. */
final class RecordingSleeper implements Sleeper {

    final List<Duration> sleeps = new ArrayList<>();
    private final ManualClock clock;
    /** Throw InterruptedException on this sleep (1-based); 0 never. */
    int interruptOnSleep;

    RecordingSleeper(ManualClock clock) {
        this.clock = clock;
    }

    @Override
    public void sleep(Duration d) throws InterruptedException {
        sleeps.add(d);
        if (sleeps.size() == interruptOnSleep) {
            throw new InterruptedException("Ctrl-C");
        }
        clock.advance(d);
    }

    /** The sleeps in milliseconds, easier to read in assertions. */
    List<Long> millis() {
        return sleeps.stream().map(Duration::toMillis).toList();
    }
}
