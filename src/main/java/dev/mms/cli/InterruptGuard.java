package dev.mms.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into an interrupt of the command's thread while a command that follows jobs is
 * armed, so that it can end in order: print every job and async task id it knows, the outcome table and the one
 * resume command, then exit 130. The JVM runs shutdown hooks on both signals; this hook interrupts the armed thread,
 * waits until the command has written its last line ({@link #commandFinished}), then ends the process with 130,
 * whichever signal it was. With no command armed the JVM's own handling stays (exit 130 / 143 at once).
 * Only the real process installs it ({@link Main#main}); in-process tests interrupt the thread themselves.
 */
public final class InterruptGuard {

    /** How long an interrupted command may take to report, after which the process ends anyway. */
    private static final long REPORT_GRACE_SECONDS = 20;

    private static volatile Thread armed;
    private static volatile boolean installed;
    private static final CountDownLatch FINISHED = new CountDownLatch(1);

    private InterruptGuard() {
    }

    static void installForProcess() {
        installed = true;
        Runtime.getRuntime().addShutdownHook(new Thread(InterruptGuard::onSignal, "mms-interrupt"));
    }

    private static void onSignal() {
        Thread command = armed;
        if (command == null) {
            return; // a normal exit, or a command that needs no reporting
        }
        command.interrupt();
        try {
            FINISHED.await(REPORT_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
    }

    /** Arms the guard for the calling thread until the returned handle is closed. */
    public static Armed arm() {
        armed = Thread.currentThread();
        return () -> armed = null;
    }

    /** Whether this process turns signals into interrupts (false in-process, in tests). */
    public static boolean installed() {
        return installed;
    }

    /** Main calls this once the command's output is flushed. */
    static void commandFinished() {
        FINISHED.countDown();
    }

    /** A disarming handle for try-with-resources. */
    @FunctionalInterface
    public interface Armed extends AutoCloseable {
        @Override
        void close();
    }
}
