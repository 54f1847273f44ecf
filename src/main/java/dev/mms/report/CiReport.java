package dev.mms.report;

import dev.mms.spec.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The reports CI systems understand, for one command: under GitHub Actions ({@code GITHUB_ACTIONS=true}) workflow
 * annotations on stderr and a Markdown summary appended to {@code $GITHUB_STEP_SUMMARY}; with
 * {@code --report junit=FILE} a JUnit XML file. A command annotates diagnostics as it finds them and calls
 * {@link #finish} once with every spec's result; without CI and without --report both do nothing.
 */
public final class CiReport {

    private final String command;
    private final GithubAnnotations annotations;
    private final Path summaryFile;
    private final Path junitFile;
    private final PrintWriter err;
    private final Clock clock;
    private final Instant started;

    private CiReport(String command, GithubAnnotations annotations, Path summaryFile, Path junitFile,
                     PrintWriter err, Clock clock) {
        this.command = command;
        this.annotations = annotations;
        this.summaryFile = summaryFile;
        this.junitFile = junitFile;
        this.err = err;
        this.clock = clock;
        this.started = clock.instant();
    }

    /**
     * @param command   what the reports call the run, e.g. "mms job plan"
     * @param env       the process environment (GITHUB_ACTIONS, GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE)
     * @param junitFile where to write the JUnit report, or null for none
     */
    public static CiReport open(String command, Map<String, String> env, Path junitFile, PrintWriter err,
                                Clock clock) {
        boolean github = "true".equals(env.get("GITHUB_ACTIONS"));
        String workspace = env.get("GITHUB_WORKSPACE");
        String summary = env.get("GITHUB_STEP_SUMMARY");
        return new CiReport(command,
                github ? new GithubAnnotations(workspace == null || workspace.isBlank() ? null : Path.of(workspace))
                        : null,
                github && summary != null && !summary.isBlank() ? Path.of(summary) : null, junitFile, err, clock);
    }

    /** Puts each diagnostic on its spec line in the GitHub run (nothing outside GitHub Actions). */
    public void annotate(List<Diagnostic> diagnostics) {
        if (annotations == null) {
            return;
        }
        synchronized (err) {
            diagnostics.forEach(d -> err.println(annotations.command(d, command)));
            err.flush();
        }
    }

    /**
     * Appends the step summary and writes the JUnit report. A report that cannot be written is said on stderr; the
     * return value is then false, so that the command does not end with 0 when its CI cannot see the result.
     *
     * @param totals a line under the summary table (the plan's totals), or null
     */
    public boolean finish(List<SpecResult> results, String totals) {
        boolean written = true;
        if (summaryFile != null) {
            written &= write(summaryFile, StepSummary.markdown(command, results, totals), true, "GITHUB_STEP_SUMMARY");
        }
        if (junitFile != null) {
            String xml = JUnitReport.xml(command, results, started, Duration.between(started, clock.instant()));
            written &= write(junitFile, xml, false, "the JUnit report");
        }
        return written;
    }

    /** Whether {@link #finish} writes anything (a step summary or a JUnit report), so results are worth gathering. */
    public boolean writesResults() {
        return summaryFile != null || junitFile != null;
    }

    /**
     * Writes a report whole or not at all, even on an interrupted thread (after Ctrl-C the command still reports; an
     * interruptible file channel would refuse it): a file of ours goes to a temporary file beside it and is renamed
     * over it, so a reader never sees half of it; the step summary, which the runner owns and other commands of the
     * step append to as well, gets the whole text in one append.
     */
    private boolean write(Path file, String text, boolean append, String what) {
        boolean interrupted = Thread.interrupted();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (append) {
                Files.write(file, bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                replace(file.toAbsolutePath(), bytes);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            err.println("Error: cannot write " + what + " " + file + ": " + reason(e));
            return false;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void replace(Path file, byte[] bytes) throws IOException {
        Path temporary = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + "."
                + System.nanoTime() + ".tmp");
        try {
            Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The validate step of a spec: valid (with its warning count) or invalid, with every diagnostic as detail. */
    public static SpecResult.Step validation(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        String detail = diagnostics.isEmpty() ? null
                : String.join("\n", diagnostics.stream().map(Diagnostic::format).toList());
        if (errors > 0) {
            return SpecResult.Step.failed("validate", "invalid: " + count(errors, "error")
                    + (warnings > 0 ? ", " + count(warnings, "warning") : ""), detail);
        }
        return SpecResult.Step.ok("validate", warnings > 0 ? "valid, " + count(warnings, "warning") : "valid",
                detail);
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
