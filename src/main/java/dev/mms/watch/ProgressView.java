package dev.mms.watch;

/** A listener that renders a watch and, once it ends, its final line. */
public interface ProgressView extends WatchListener {
    void finish(WatchResult result);
}
