package dev.mms.cli;

/**
 * Stops the JDK HTTP client's selector threads just before the process exits, because they make exiting slow.
 *
 * <p>At exit HotSpot waits up to 300 ms for every thread that sits in native code, and the selector thread of a
 * {@code java.net.http.HttpClient} always does (in {@code epoll_wait}); Java 17 has no {@code HttpClient.close()}.
 * Interrupting the thread wakes its selector and ends its loop, so a command that called the API exits at once. A
 * JDK that names the thread differently only loses the speed-up.
 */
final class HttpSelectorThreads {

    private static final long JOIN_MILLIS = 100;

    private HttpSelectorThreads() {
    }

    static void stop() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 8];
        int count = root.enumerate(threads, true);
        for (int i = 0; i < count; i++) {
            Thread thread = threads[i];
            if (thread.getName().startsWith("HttpClient-") && thread.getName().endsWith("-SelectorManager")) {
                thread.interrupt();
                try {
                    thread.join(JOIN_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
