package dev.mms.watch;

/** Hears every {@link RunEvent} of a run, from the engine's threads: implementations are thread-safe. */
@FunctionalInterface
public interface RunListener {

    void onEvent(RunEvent event);

    static RunListener none() {
        return e -> { };
    }
}
