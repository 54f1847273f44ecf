package dev.mms.api;

import dev.mms.api.ApiException.Transport;
import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Names what went wrong when no HTTP answer came back ("cannot reach 127.0.0.1:18086: connection refused") in words
 * of our own, never the JDK's ("fixed content-length", "header parser received no bytes": those stay for {@code -v}),
 * and tells whether the request provably never left this machine, which is what makes a POST safe to send again.
 */
final class TransportFailures {

    private static final Pattern CONTENT_LENGTH = Pattern.compile("fixed content-length: (\\d+), bytes received: (\\d+)");

    private TransportFailures() {
    }

    static ApiException describe(URI endpoint, IOException failure, Duration timeout, Duration connectTimeout) {
        String where = hostAndPort(endpoint);
        boolean https = "https".equalsIgnoreCase(endpoint.getScheme());
        String detail = failure.getMessage() == null ? "" : failure.getMessage();
        if (failure instanceof HttpConnectTimeoutException) {
            return ApiException.transport("cannot reach " + where + ": no connection within "
                    + RetryLoop.human(connectTimeout) + (https ? " (connection or TLS handshake)" : ""), failure,
                    Transport.CONNECT_TIMEOUT);
        }
        if (failure instanceof HttpTimeoutException) {
            return ApiException.transport("no answer from " + where + " within " + RetryLoop.human(timeout), failure,
                    Transport.NO_ANSWER);
        }
        if (isUnknownHost(failure)) {
            return ApiException.transport("cannot reach " + where + ": unknown host " + endpoint.getHost(), failure,
                    Transport.UNKNOWN_HOST);
        }
        if (failure instanceof ConnectException) {
            return ApiException.transport("cannot reach " + where + ": connection refused", failure,
                    Transport.REFUSED);
        }
        if (https && causedBy(failure, SSLException.class) && detail.toLowerCase(Locale.ROOT).contains("plaintext")) {
            return notTls(endpoint, failure);
        }
        if (causedBy(failure, SSLException.class) && SchemeProbe.causedByCertificate(failure)) {
            return ApiException.transport("the TLS connection to " + where + " failed: its certificate is not trusted"
                    + " here", failure, Transport.UNTRUSTED);
        }
        if (causedBy(failure, SSLException.class)) {
            return ApiException.transport("the TLS (https) connection to " + where + " failed", failure,
                    Transport.OTHER);
        }
        Matcher cut = CONTENT_LENGTH.matcher(detail);
        if (cut.find()) {
            return ApiException.transport("the answer from " + where + " was cut off (" + cut.group(2) + " of "
                    + cut.group(1) + " bytes arrived)", failure, Transport.CUT_OFF);
        }
        if (detail.contains("no bytes") || failure instanceof EOFException) {
            return ApiException.transport(where + " closed the connection without answering", failure,
                    Transport.CLOSED);
        }
        if (detail.toLowerCase(Locale.ROOT).contains("reset")) {
            return ApiException.transport("the connection to " + where + " was reset", failure, Transport.CLOSED);
        }
        return ApiException.transport("the connection to " + where + " failed", failure, Transport.OTHER);
    }

    /** An https endpoint whose port answers in plain HTTP. */
    static ApiException notTls(URI endpoint, Throwable cause) {
        return ApiException.transport(hostAndPort(endpoint) + " does not speak TLS: is it http://"
                + hostAndPort(endpoint) + "?", cause, Transport.NOT_TLS);
    }

    /** An http endpoint whose port speaks TLS. */
    static ApiException notPlainHttp(URI endpoint, Throwable cause) {
        return ApiException.transport(hostAndPort(endpoint) + " speaks TLS, not plain HTTP: is it https://"
                + hostAndPort(endpoint) + "?", cause, Transport.NOT_PLAIN_HTTP);
    }

    /**
     * True only when the TCP connection was never made (refused, unknown host, connect timeout): then no byte of
     * the request reached the server. A reset or a read timeout may come after the server acted on it.
     */
    static boolean neverSent(ApiException e) {
        Transport kind = e.httpStatus() == 0 ? e.transport() : null;
        return kind == Transport.REFUSED || kind == Transport.CONNECT_TIMEOUT || kind == Transport.UNKNOWN_HOST
                || kind == Transport.NOT_TLS || kind == Transport.NOT_PLAIN_HTTP || kind == Transport.UNTRUSTED;
    }

    /** Failures that sending again cannot cure: a host name that does not resolve, a scheme that does not match. */
    static boolean isPermanent(ApiException e) {
        Transport kind = e.httpStatus() == 0 ? e.transport() : null;
        return kind == Transport.UNKNOWN_HOST || kind == Transport.NOT_TLS || kind == Transport.NOT_PLAIN_HTTP
                || kind == Transport.UNTRUSTED;
    }

    /** The JDK's own words, for the {@code -v} trace only. */
    static String jdkDetail(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = failure; t != null && chain.length() < 400; t = t.getCause()) {
            if (chain.length() > 0) {
                chain.append(" <- ");
            }
            chain.append(t.getClass().getName()).append(t.getMessage() == null ? "" : ": " + t.getMessage());
            if (t.getCause() == t) {
                break;
            }
        }
        return chain.toString();
    }

    private static boolean isUnknownHost(IOException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static String hostAndPort(URI endpoint) {
        return endpoint.getPort() == -1 ? endpoint.getHost() : endpoint.getHost() + ":" + endpoint.getPort();
    }
}
