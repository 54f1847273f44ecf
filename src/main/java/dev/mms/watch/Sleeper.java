package dev.mms.watch;

import java.time.Duration;

/** Waits between polls; injected so that tests advance a fake clock instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    /** A sleeper backed by {@link Thread#sleep(long)}. */
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration d) throws InterruptedException;
}
