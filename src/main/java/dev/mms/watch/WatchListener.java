package dev.mms.watch;

/** Receives the events of a watch, on the thread that runs the watch. */
@FunctionalInterface
public interface WatchListener {
    void onEvent(WatchEvent e);
}
