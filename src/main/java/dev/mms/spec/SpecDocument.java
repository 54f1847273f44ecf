package dev.mms.spec;

import dev.mms.api.JobSpec;
import java.util.List;
import java.util.Map;

/**
 * One job spec as read from one YAML/JSON document of a file.
 *
 * @param source         the file name as the user gave it
 * @param index          0-based document number in the file (empty documents count, so numbers match the file)
 * @param start          where the document's mapping starts; null for a document that could not be parsed
 * @param spec           the fields that were read correctly; null if the document is unreadable or not a mapping
 * @param fieldLocations where each key was written, by {@link FieldPaths} path
 * @param diagnostics    problems found while reading (syntax, unknown keys, wrong types, duplicates)
 * @param documentCount  how many non-empty documents the file holds, so names say "#2" only when it helps
 */
public record SpecDocument(String source, int index, Location start, JobSpec spec,
                           Map<String, Location> fieldLocations, List<Diagnostic> diagnostics, int documentCount) {

    /** The source name used for a spec built only from command-line flags. */
    public static final String FLAGS_SOURCE = "<command line>";

    public SpecDocument {
        fieldLocations = Map.copyOf(fieldLocations);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A spec given entirely by flags (no -f): empty fields, no locations, so every diagnostic names the field. */
    public static SpecDocument flagsOnly() {
        return new SpecDocument(FLAGS_SOURCE, 0, null, SpecFields.create(Map.of()), Map.of(), List.of(), 1);
    }

    public boolean hasErrors() {
        return Diagnostic.anyErrors(diagnostics);
    }

    /**
     * Where the key at {@code path} ({@link FieldPaths} form) was written: the exact item or entry, else its
     * top-level key, else the document's start; null for a spec given by flags alone.
     */
    public Location locationOf(String path) {
        if (path != null) {
            Location exact = fieldLocations.get(path);
            if (exact != null) {
                return exact;
            }
            Location field = fieldLocations.get(path.split("[.\\[]", 2)[0]);
            if (field != null) {
                return field;
            }
        }
        return start;
    }

    /** "orders.yaml", or "orders.yaml#2" for the second document of a file that holds several. */
    public String displayName() {
        return documentCount > 1 ? source + "#" + (index + 1) : source;
    }
}
