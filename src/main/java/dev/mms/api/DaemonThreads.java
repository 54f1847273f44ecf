package dev.mms.api;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Threads of the client's own pools: daemon, so that a CLI never shuts a pool down, and named for thread dumps. */
final class DaemonThreads {

    private DaemonThreads() {
    }

    /** Threads named {@code prefix-1}, {@code prefix-2}, ... */
    static ThreadFactory named(String prefix) {
        AtomicInteger serial = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + "-" + serial.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
