package dev.mms.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every job spec document of a YAML or JSON text, keeping the line and column of each key and value.
 * A syntax error ends the file (the parser cannot resync), but documents before it are still returned.
 */
public final class SpecReader {

    private final YAMLFactory yaml = new YAMLFactory();
    private final JsonFactory json = new JsonFactory();

    public List<SpecDocument> read(SpecSource source) {
        if (source.unreadable() != null) {
            return List.of(new Pending(0, null, List.of(), source.unreadable()).toDocument(source, 1));
        }
        List<Pending> pending = new ArrayList<>();
        SpecTreeReader trees = new SpecTreeReader(source.name());
        int index = 0;
        boolean jsonSyntax = looksLikeJson(source);
        try (JsonParser parser = jsonSyntax ? json.createParser(source.text()) : yaml.createParser(source.text())) {
            while (parser.nextToken() != null) {
                SpecNode root = trees.read(parser);
                List<Diagnostic> problems = trees.takeProblems();
                if (!(root instanceof SpecNode.ScalarNode scalar && scalar.type() == SpecNode.ScalarType.NULL)) {
                    pending.add(new Pending(index, root, problems, null));
                }
                index++;
            }
        } catch (JsonProcessingException e) {
            pending.add(new Pending(index, null, List.of(), SyntaxErrors.describe(source, e, jsonSyntax)));
        } catch (IOException e) {
            // Parsing from a String does no I/O; this would be a Jackson bug, so say so rather than hide it.
            throw new IllegalStateException("unexpected I/O error parsing " + source.name(), e);
        }
        if (pending.isEmpty()) {
            // A spec file that says nothing is a mistake (a truncated commit, the wrong file), not an empty plan.
            pending.add(new Pending(0, null, List.of(), Diagnostic.error(new Location(source.name(), 1, 1),
                    "no job spec in this file: it is empty or holds only comments and '---'")));
        }
        List<SpecDocument> documents = new ArrayList<>();
        for (Pending p : pending) {
            documents.add(p.toDocument(source, pending.size()));
        }
        return documents;
    }

    // JSON is read with the JSON parser so its own error messages and number rules apply; YAML is the default.
    private static boolean looksLikeJson(SpecSource source) {
        String text = source.text().stripLeading();
        return source.name().toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                || text.startsWith("{") || text.startsWith("[");
    }

    private record Pending(int index, SpecNode root, List<Diagnostic> readProblems, Diagnostic syntaxError) {
        SpecDocument toDocument(SpecSource source, int count) {
            if (syntaxError != null) {
                return new SpecDocument(source.name(), index, null, null, java.util.Map.of(), List.of(syntaxError), count);
            }
            SpecBinder.Result result = new SpecBinder(source.text()).bind(root);
            List<Diagnostic> diagnostics = new ArrayList<>(readProblems);
            diagnostics.addAll(result.diagnostics());
            return new SpecDocument(source.name(), index, root.location(), result.spec(), result.fieldLocations(),
                    diagnostics, count);
        }
    }

    /** One-line syntax error messages with the parser's line and column, never a stack trace. */
    static final class SyntaxErrors {

        private SyntaxErrors() {
        }

        static Diagnostic describe(SpecSource spec, JsonProcessingException e, boolean jsonSyntax) {
            String source = spec.name();
            JsonLocation at = e.getLocation();
            Location location = at == null ? null : new Location(source, at.getLineNr(), at.getColumnNr());
            // SnakeYAML knows where the problem is; Jackson only knows where its last token ended.
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked
                    && marked.getProblemMark() != null) {
                location = new Location(source, marked.getProblemMark().getLine() + 1,
                        marked.getProblemMark().getColumn() + 1);
            }
            if (location == null) {
                location = new Location(source, 1, 1);
            }
            String message = message(e, jsonSyntax);
            if (jsonSyntax && !spec.text().stripLeading().startsWith("{")
                    && !spec.text().stripLeading().startsWith("[")) {
                message += "; the file name ends in .json but the text does not start with '{' (if it is YAML, "
                        + "name it .yaml)";
            }
            return Diagnostic.error(location, message);
        }

        private static String message(JsonProcessingException e, boolean jsonSyntax) {
            if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
                String problem = firstLine(marked.getProblem());
                String context = marked.getContext();
                if (context != null && marked.getContextMark() != null) {
                    problem += " (" + firstLine(context) + " started at line "
                            + (marked.getContextMark().getLine() + 1) + ", column "
                            + (marked.getContextMark().getColumn() + 1) + ")";
                }
                if (problem.startsWith("mapping values are not allowed")) {
                    problem += " (check the indentation, or quote a value that contains ': ')";
                }
                return "invalid YAML: " + problem.replace("\\t(TAB)", "TAB");
            }
            return "invalid " + (jsonSyntax ? "JSON" : "YAML") + ": " + plainWords(firstLine(e.getOriginalMessage()));
        }

        // Jackson's messages name its own features and event classes; say what is wrong in the user's terms.
        private static String plainWords(String message) {
            if (message.startsWith("Expected a field name")) {
                return "a key must be a plain name, not a list or a mapping";
            }
            if (message.contains("exceeds the limit")) {
                return "the file is too large (more than 3 MB of text); a job spec is a few kilobytes";
            }
            if (message.contains("ALLOW_COMMENTS")) {
                return "JSON does not allow comments; remove them, or write the spec in YAML";
            }
            if (message.contains("ALLOW_NON_NUMERIC_NUMBERS")) {
                return message.replaceFirst(": enable .*", "") + " is not a JSON number";
            }
            if (message.contains("(''' (code 39))")) {
                return "JSON strings and keys are written in double quotes, not single quotes";
            }
            String plain = message.replaceAll(" \\(code \\d+\\)", "");
            if (plain.startsWith("Unexpected character ('}')") || plain.startsWith("Unexpected character (']')")) {
                plain += " (a trailing comma? JSON does not allow one)";
            }
            return plain;
        }

        private static String firstLine(String text) {
            if (text == null) {
                return "syntax error";
            }
            int newline = text.indexOf('\n');
            return newline < 0 ? text : text.substring(0, newline);
        }
    }
}
