package dev.mms.cli.job;

import dev.mms.api.HttpMmsClient;
import dev.mms.api.RequestPreview;
import dev.mms.jobs.PlannedJob;
import dev.mms.render.OutputFormat;
import dev.mms.render.RenderOptions;
import dev.mms.render.Renderer;
import dev.mms.render.Views;
import java.io.PrintWriter;
import java.util.List;

/** {@code job create --dry-run}: the requests that would be sent, byte for byte, as text or as a JSON/YAML list. */
final class DryRunPrinter {

    private DryRunPrinter() {
    }

    static void print(List<PlannedJob> jobs, OutputFormat format, PrintWriter out) {
        List<RequestPreview> requests = jobs.stream()
                .map(j -> HttpMmsClient.previewCreateJob(j.spec().sourceId(), j.spec())).toList();
        if (format == OutputFormat.JSON || format == OutputFormat.YAML) {
            Renderer.render(Views.requests(), RenderOptions.plain(format), requests, out);
            return;
        }
        for (int i = 0; i < requests.size(); i++) {
            RequestPreview r = requests.get(i);
            out.println("# " + jobs.get(i).origin() + ": " + r.action());
            out.println(r.method() + " " + r.path());
            out.println(r.body());
        }
        out.flush();
    }
}
