package dev.mms.auth;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;

/**
 * A temporary key from a credentials URI (docs/credentials.md, "Credentials URI"): a GET that answers
 * {@code {"Code":"Success","AccessKeyId",…,"SecurityToken","Expiration"}}, as the aliyun CLI reads it.
 */
final class CredentialsUriClient {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    private final AuthContext context;

    CredentialsUriClient(AuthContext context) {
        this.context = context;
    }

    Credentials fetch(String uriText) {
        URI uri = parse(uriText);
        String step = "credentials URI " + AuthHttp.where(uri);
        AuthHttp.Answer answer = context.http().send(step, "GET", uri, Map.of("Accept", "application/json"), null,
                LIMIT);
        if (answer.status() != 200) {
            throw new CredentialsException(step + " was refused: HTTP " + answer.status());
        }
        var root = TemporaryKeyAnswer.parse(step, answer.body());
        String code = TemporaryKeyAnswer.text(root, "Code");
        if (code != null && !code.equals("Success")) {
            throw new CredentialsException(step + ": it answered Code " + code + " instead of Success");
        }
        return TemporaryKeyAnswer.key(step, root, false);
    }

    private static URI parse(String text) {
        try {
            URI uri = new URI(text.trim());
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // the message below says what is expected
        }
        throw new CredentialsException("credentials URI '" + text + "' is not an http(s) URL");
    }
}
