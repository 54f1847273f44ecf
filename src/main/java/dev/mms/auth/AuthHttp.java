package dev.mms.auth;

import dev.mms.api.Deadline;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The HTTP calls of the credential sources (STS, metadata, credentials URI): each bounded by its own limit and by the
 * invocation's deadline, TLS verified by the JDK, no redirects followed. A failure is a {@link CredentialsException}
 * that names the step; the URL in it never carries a signature or token (query strings are left out).
 */
public final class AuthHttp {

    /** One answer: status and body text. */
    public record Answer(int status, String body) {
    }

    private final Supplier<Deadline> deadline;
    private HttpClient client;

    AuthHttp(Supplier<Deadline> deadline) {
        this.deadline = deadline;
    }

    public Answer send(String step, String method, URI uri, Map<String, String> headers, byte[] body,
                       Duration limit) {
        Deadline until = deadline.get();
        if (until.hasPassed()) {
            throw new CredentialsException(step + ": the --timeout deadline passed before it could be sent");
        }
        Duration timeout = until.cap(limit);
        if (timeout.toMillis() < 1) {
            timeout = Duration.ofMillis(1);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = client(timeout).send(request.build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new CredentialsException(step + ": cannot connect to " + where(uri) + " ("
                    + (e instanceof ConnectException ? "connection refused" : "no answer within " + seconds(timeout))
                    + ")");
        } catch (HttpTimeoutException e) {
            throw new CredentialsException(step + ": no answer from " + where(uri) + " within " + seconds(timeout)
                    + (timeout.compareTo(limit) < 0 ? " (the --timeout deadline)" : ""));
        } catch (IOException e) {
            throw new CredentialsException(step + ": " + where(uri) + " failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CredentialsException(step + ": interrupted");
        }
    }

    private synchronized HttpClient client(Duration connectTimeout) {
        if (client == null) {
            client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(connectTimeout).build();
        }
        return client;
    }

    /** scheme://host[:port]/path, never the query (it may hold a signature or a token). */
    static String where(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    private static String seconds(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toSeconds() + " s";
    }
}
