package dev.mms.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Asks an endpoint's port which protocol it really speaks, once a request to it has gone wrong in a way a scheme
 * mix-up explains: an https request whose TLS handshake gets no answer (a plain-HTTP server waits for a request
 * line that never comes), an http request that gets no bytes back (a TLS server drops what is not a handshake).
 * Each probe is one short connection, only on such a failure, never on the path of a working request.
 */
final class SchemeProbe {

    private SchemeProbe() {
    }

    /** True when the port answers a plain HTTP request with an HTTP status line within {@code timeout}. */
    static boolean answersPlainHttp(URI endpoint, Duration timeout) {
        int millis = millis(timeout);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.getHost(), port(endpoint)), millis);
            socket.setSoTimeout(millis);
            OutputStream out = socket.getOutputStream();
            out.write(("HEAD / HTTP/1.0\r\nHost: " + endpoint.getHost() + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] start = in.readNBytes(5);
            return new String(start, StandardCharsets.US_ASCII).equals("HTTP/");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * True when the port answers a TLS handshake within {@code timeout}: it completes, or it fails only because the
     * server's certificate is not trusted here, which still means a TLS server answered.
     */
    static boolean speaksTls(URI endpoint, Duration timeout) {
        int millis = millis(timeout);
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(endpoint.getHost(), port(endpoint)), millis);
            plain.setSoTimeout(millis);
            SSLSocket tls = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                    .createSocket(plain, endpoint.getHost(), port(endpoint), true);
            tls.startHandshake();
            tls.close();
            return true;
        } catch (SSLException e) {
            return causedByCertificate(e);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static boolean causedByCertificate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof CertificateException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static int port(URI endpoint) {
        return endpoint.getPort() != -1 ? endpoint.getPort() : "https".equalsIgnoreCase(endpoint.getScheme()) ? 443 : 80;
    }

    private static int millis(Duration timeout) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }
}
