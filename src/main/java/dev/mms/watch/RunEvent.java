package dev.mms.watch;

import java.time.Duration;

/** Something a run noticed; views render these as they come. */
public sealed interface RunEvent {

    /** A job's state changed (sent, creating, progressing); it goes on. */
    record Changed(JobState state) implements RunEvent {
    }

    /** A job reached its end for this run: nothing more will change; its outcome can be written now. */
    record Settled(JobState state) implements RunEvent {
    }

    /** A round of polls failed with a transient error; the next one follows after {@code delay}. */
    record Retrying(String reason, Duration delay) implements RunEvent {
    }

    /** A line for people from elsewhere (the HTTP client's retry notices), shown without tearing the view. */
    record Notice(String text) implements RunEvent {
    }

    /** A batch of changes is complete (a round of polls, a sent spec): a good moment to redraw. */
    record Tick() implements RunEvent {
    }
}
