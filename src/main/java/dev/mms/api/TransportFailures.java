package dev.mms.api;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;

/**
 * Names what went wrong when no HTTP answer came back ("cannot reach 127.0.0.1:18086: connection refused"), and
 * tells whether the request provably never left this machine, which is what makes a POST safe to send again.
 */
final class TransportFailures {

    private TransportFailures() {
    }

    static ApiException describe(URI endpoint, IOException failure, Duration timeout) {
        String where = hostAndPort(endpoint);
        String message;
        if (failure instanceof HttpConnectTimeoutException) {
            message = "cannot reach " + where + ": connection timed out after " + RetryLoop.human(timeout);
        } else if (failure instanceof HttpTimeoutException) {
            message = "no answer from " + where + " within " + RetryLoop.human(timeout);
        } else if (isUnknownHost(failure)) {
            message = "cannot reach " + where + ": unknown host " + endpoint.getHost();
        } else if (failure instanceof ConnectException) {
            message = "cannot reach " + where + ": connection refused";
        } else {
            String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            message = "connection to " + where + " failed: " + detail.toLowerCase(Locale.ROOT);
        }
        return ApiException.transport(message, failure);
    }

    /**
     * True only when the TCP connection was never made (refused, unknown host, connect timeout): then no byte of
     * the request reached the server. A reset or a read timeout may come after the server acted on it.
     */
    static boolean neverSent(ApiException e) {
        Throwable cause = e.getCause();
        return e.httpStatus() == 0 && (cause instanceof HttpConnectTimeoutException
                || (cause instanceof ConnectException) || (cause instanceof IOException io && isUnknownHost(io)));
    }

    private static boolean isUnknownHost(IOException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    static String hostAndPort(URI endpoint) {
        return endpoint.getPort() == -1 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
    }
}
