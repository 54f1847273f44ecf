package dev.mms.cli.job;

import dev.mms.cli.UsageException;
import dev.mms.cli.options.OutputFlags;
import dev.mms.jobs.DryRunRequest;
import dev.mms.jobs.PlannedJob;
import dev.mms.render.ItemWriter;
import dev.mms.render.OutputFormat;
import dev.mms.render.RenderOptions;
import dev.mms.render.Views;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;

/**
 * {@code job create --dry-run}: the requests that would be sent, as text (the body byte for byte) or as a JSON/YAML
 * list of objects with the spec's file and name, the action, method, endpoint, path and the body as an object.
 */
final class DryRunPrinter {

    private DryRunPrinter() {
    }

    static void print(List<PlannedJob> jobs, URI endpoint, OutputFlags flags, RenderOptions options, PrintWriter out) {
        List<DryRunRequest> requests = jobs.stream().map(job -> DryRunRequest.of(job, endpoint)).toList();
        OutputFormat format = options.format();
        if (format == OutputFormat.JSON || format == OutputFormat.YAML || options.query() != null) {
            try (ItemWriter<DryRunRequest> writer = OutputFlags.open(Views.requests(), options, out)) {
                writer.writeAll(requests);
            }
            return;
        }
        if (format != OutputFormat.TABLE) {
            throw new UsageException("-o " + format + " does not apply: --dry-run prints the requests as text, or as "
                    + "objects with -o json, -o yaml or --query");
        }
        flags.rejectTableOptions("--dry-run");
        for (DryRunRequest r : requests) {
            out.println("# " + r.file() + (r.name() == null ? "" : " (" + r.name() + ")") + ": " + r.action()
                    + (r.endpoint() == null ? "" : " on " + r.endpoint()));
            out.println(r.method() + " " + r.path());
            out.println(r.bodyText());
        }
        out.flush();
    }
}
