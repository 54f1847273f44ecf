package dev.mms.cli.options;

import dev.mms.cli.CliEnvironment;
import dev.mms.cli.UsageException;
import dev.mms.report.CiReport;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --report junit=FILE}: the reports a command writes for CI, besides what GitHub Actions gets on its own. */
public final class ReportFlags {

    @Option(names = "--report", paramLabel = "junit=FILE",
            description = "Also write a report for CI: junit=FILE (JUnit XML, one test case per spec). Under "
                    + "GitHub Actions, annotations and a step summary are written without asking.")
    List<String> reports = new ArrayList<>();

    /** The reports of {@code command} ("mms job plan"); checks the flag before anything is sent. */
    public CiReport open(String command, CliEnvironment environment, PrintWriter err) {
        Path junit = null;
        for (String report : reports) {
            int eq = report.indexOf('=');
            String kind = eq < 0 ? report : report.substring(0, eq);
            if (!kind.equalsIgnoreCase("junit")) {
                throw new UsageException("unknown report '" + kind + "' in --report " + report
                        + "; the one kind is junit=FILE");
            }
            if (eq < 0 || eq == report.length() - 1) {
                throw new UsageException("--report junit needs a file: --report junit=FILE");
            }
            try {
                junit = Path.of(report.substring(eq + 1));
            } catch (InvalidPathException e) {
                throw new UsageException("--report " + report + ": not a file name: " + e.getReason());
            }
        }
        return CiReport.open(command, environment.env(), junit, err, environment.clock());
    }
}
