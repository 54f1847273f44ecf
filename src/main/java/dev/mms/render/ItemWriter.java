package dev.mms.render;

/**
 * A streaming sink for rendered results: write items as pages arrive, close once at the end.
 * Closing completes the document (JSON's {@code ]}, the buffered table) and flushes, but leaves the underlying
 * writer open: it belongs to the caller.
 */
public interface ItemWriter<T> extends AutoCloseable {

    void write(T item);

    default void writeAll(Iterable<? extends T> items) {
        for (T item : items) {
            write(item);
        }
    }

    /** Pushes what was written so far through to the pipe (once a page: a format may buffer within a page). */
    default void flush() {
    }

    @Override
    void close();
}
