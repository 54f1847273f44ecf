package dev.mms.watch;

import dev.mms.api.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/** The phrases every view and the watcher share, so that a job reads the same on every stream. */
final class ProgressText {

    private ProgressText() {
    }

    static String timestamp(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The notice for a retried poll: {@code retrying in 3s: HTTP 503 ServiceUnavailable: busy}. */
    static String retryNotice(RunEvent.Retrying r) {
        return "retrying in " + duration(r.delay()) + ": " + r.reason();
    }

    /** Why a poll failed, in one line: {@code HTTP 503 ServiceUnavailable: busy (requestId 5CA6)}. */
    static String failure(ApiException e) {
        StringBuilder s = new StringBuilder();
        if (e.httpStatus() == 0) {
            s.append("no answer from the server");
        } else {
            s.append("HTTP ").append(e.httpStatus());
            if (e.code() != null) {
                s.append(' ').append(e.code());
            }
        }
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            s.append(": ").append(e.getMessage().strip());
        }
        if (e.requestId() != null) {
            s.append(" (requestId ").append(e.requestId()).append(')');
        }
        return s.toString();
    }

    /** A short human duration: {@code 2s}, {@code 4.5s}, {@code 1m30s}, {@code 2h5m}. */
    static String duration(Duration d) {
        long millis = d.toMillis();
        if (millis < 60_000) {
            return millis % 1000 == 0 ? millis / 1000 + "s" : String.format(java.util.Locale.ROOT, "%.1fs", millis / 1000.0);
        }
        long seconds = d.toSeconds();
        if (seconds < 3600) {
            return seconds / 60 + "m" + (seconds % 60 == 0 ? "" : seconds % 60 + "s");
        }
        return seconds / 3600 + "h" + (seconds % 3600 / 60 == 0 ? "" : seconds % 3600 / 60 + "m");
    }
}
