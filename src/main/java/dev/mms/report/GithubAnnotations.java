package dev.mms.report;

import dev.mms.spec.Diagnostic;
import dev.mms.spec.Location;
import java.nio.file.Path;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…::message}) that put a diagnostic on the spec
 * line in the pull request and the run's page. The runner reads workflow commands from stdout and stderr alike
 * (docs/ci-reports.md), so they go to stderr and never mix with data on stdout. Escaping follows the toolkit's
 * rules: {@code % CR LF} in the message, and also {@code : ,} in property values.
 */
public final class GithubAnnotations {

    private final Path workspace;

    /** @param workspace $GITHUB_WORKSPACE, to which absolute spec paths are made relative; may be null */
    public GithubAnnotations(Path workspace) {
        this.workspace = workspace;
    }

    /** The workflow command for one diagnostic, titled e.g. "mms job validate". */
    public String command(Diagnostic diagnostic, String title) {
        StringBuilder line = new StringBuilder("::").append(diagnostic.isError() ? "error" : "warning");
        String properties = properties(diagnostic.location(), title);
        if (!properties.isEmpty()) {
            line.append(' ').append(properties);
        }
        return line.append("::").append(escapeData(diagnostic.message())).toString();
    }

    private String properties(Location location, String title) {
        StringBuilder p = new StringBuilder();
        if (location != null && !location.source().startsWith("<")) {
            p.append("file=").append(escapeProperty(relative(location.source())))
                    .append(",line=").append(location.line())
                    .append(",col=").append(location.column());
        }
        if (title != null) {
            p.append(p.length() == 0 ? "" : ",").append("title=").append(escapeProperty(title));
        }
        return p.toString();
    }

    private String relative(String source) {
        if (workspace == null) {
            return source;
        }
        try {
            Path file = Path.of(source);
            return file.isAbsolute() && file.normalize().startsWith(workspace.normalize())
                    ? workspace.normalize().relativize(file.normalize()).toString() : source;
        } catch (java.nio.file.InvalidPathException e) {
            return source;
        }
    }

    static String escapeData(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String escapeProperty(String text) {
        return escapeData(text).replace(":", "%3A").replace(",", "%2C");
    }
}
