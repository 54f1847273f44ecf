package dev.mms.jobs;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mms.api.HttpMmsClient;
import dev.mms.api.Json;
import dev.mms.api.RequestPreview;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

/**
 * One request that {@code job create --dry-run} would send: which spec it comes from, where it would go, and its body,
 * both as the exact text that would be sent (for the text output) and as a JSON object (for {@code -o json|yaml} and {@code --query}).
 */
@JsonPropertyOrder({"file", "name", "action", "method", "endpoint", "path", "body"})
public record DryRunRequest(String file, String name, String action, String method, String endpoint, String path,
                            JsonNode body, @JsonIgnore String bodyText) {


    /** The CreateMmsJob request of a planned job, to {@code endpoint}. */
    public static DryRunRequest of(PlannedJob job, URI endpoint) {
        RequestPreview preview = HttpMmsClient.previewCreateJob(job.spec().sourceId(), job.spec());
        try {
            return new DryRunRequest(job.origin(), job.spec().name(), preview.action(), preview.method(),
                    endpoint == null ? null : endpoint.toString(), preview.path(), Json.mapper().readTree(preview.body()),
                    preview.body());
        } catch (IOException e) {
            throw new UncheckedIOException("the body we wrote does not read back as JSON", e);
        }
    }
}
