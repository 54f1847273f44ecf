package dev.mms.spec;

import dev.mms.api.JobSpec;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a job spec, after flags were merged over it, against the rules the service would otherwise reject or
 * silently reinterpret: required fields, one migration scope, partition filter syntax, tables named consistently,
 * eta and taskType values. Positions come from the document; a value that came from a flag has no position and its
 * message says so.
 */
public final class SpecValidator {

    static final List<String> TASK_TYPES = List.of("HIVE", "BIGQUERY");
    static final List<String> DEPRECATED_TASK_TYPES = List.of("MOCK", "HIVE_DATAX", "COPY_TASK",
            "ODPS_INSERT_OVERWRITE", "MC2MC_VERIFY", "OSS", "HIVE_OSS", "HIVE_SPARK");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * The reading diagnostics of the document followed by its validation, in file order: everything a user should
     * see about this spec at once. An unreadable document (spec null) gets only its reading diagnostics.
     */
    public List<Diagnostic> check(SpecDocument doc, JobSpec effective) {
        List<Diagnostic> all = new ArrayList<>(doc.diagnostics());
        all.addAll(validate(doc, effective));
        all.sort(Diagnostic.BY_LOCATION);
        return all;
    }

    /** Validation only; an unreadable document (spec null) yields nothing, its reading errors already say why. */
    public List<Diagnostic> validate(SpecDocument doc, JobSpec effective) {
        if (doc.spec() == null) {
            return List.of();
        }
        return new Run(doc, effective).all();
    }

    /** One validation pass over one effective spec. */
    private static final class Run {
        private final SpecDocument doc;
        private final JobSpec spec;
        private final List<Diagnostic> out = new ArrayList<>();

        Run(SpecDocument doc, JobSpec spec) {
            this.doc = doc;
            this.spec = spec;
        }

        List<Diagnostic> all() {
            required();
            scope();
            tables();
            partitions();
            tableKeyed("partitionFilters", spec.partitionFilters());
            tableKeyed("tableMapping", spec.tableMapping());
            filters();
            eta();
            taskType();
            return out;
        }

        private void required() {
            for (SpecField field : SpecFields.all()) {
                if (!field.required()) {
                    continue;
                }
                Object value = SpecFields.get(spec, field.name());
                String hint = field.name().equals("sourceId")
                        ? "; set it in the spec, with --source-id, or in the profile" : "";
                Location written = doc.fieldLocations().get(field.name());
                if (value == null && written == null) {
                    out.add(Diagnostic.error(doc.start(), "missing required key '" + field.name() + "'" + hint)
                            .withKey(field.name()));
                } else if (value == null && !reportedAt(written)) {
                    // "name:" or "name: ~" reads as no value; without this the job would be sent without a name.
                    out.add(Diagnostic.error(written, "'" + field.name() + "' has no value; it is required" + hint)
                            .withKey(field.name()));
                } else if (value instanceof String text && text.isBlank()) {
                    error(field.name(), subject(field.name()) + " must not be empty");
                } else if (value instanceof Long id && id <= 0) {
                    error(field.name(), subject(field.name()) + " must be a positive integer, not " + id);
                }
            }
        }

        private void scope() {
            String listed = spec.tables() != null ? "tables" : spec.partitions() != null ? "partitions" : null;
            if (spec.tables() != null && spec.partitions() != null) {
                error("partitions", "'tables' and 'partitions' cannot be combined: a job migrates listed tables, "
                        + "listed partitions, or a whole database");
            }
            boolean listError = false;
            for (String list : List.of("tableWhiteList", "tableBlackList")) {
                if (listed != null && SpecFields.get(spec, list) != null) {
                    listError = true;
                    error(list, subject(list) + " applies only to a database-wide job, not together with '"
                            + listed + "'");
                }
            }
            if (!listError && spec.tableWhiteList() != null && spec.tableBlackList() != null) {
                warning("tableWhiteList", "both 'tableWhiteList' and 'tableBlackList' are given; the service "
                        + "ignores 'tableWhiteList' and migrates every table not in 'tableBlackList'");
            }
        }

        private void tables() {
            List<String> tables = spec.tables();
            if (tables == null) {
                return;
            }
            if (tables.isEmpty()) {
                error("tables", subject("tables") + " is empty; list at least one table, or remove the key "
                        + "for a database-wide job");
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < tables.size(); i++) {
                String table = tables.get(i);
                String path = FieldPaths.item("tables", i);
                if (table.isBlank()) {
                    errorAt("tables", path, subject("tables") + " item " + (i + 1) + " is an empty table name");
                } else if (!seen.add(table)) {
                    warningAt("tables", path, "table '" + table + "' is listed more than once in 'tables'");
                }
            }
        }

        private void partitions() {
            List<Long> ids = spec.partitions();
            if (ids == null) {
                return;
            }
            if (ids.isEmpty()) {
                error("partitions", subject("partitions") + " is empty; list at least one partition id");
            }
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                String path = FieldPaths.item("partitions", i);
                if (id <= 0) {
                    errorAt("partitions", path, subject("partitions") + " item " + (i + 1) + " is " + id
                            + "; partition ids are positive integers");
                } else if (!seen.add(id)) {
                    warningAt("partitions", path, "partition " + id + " is listed more than once in 'partitions'");
                }
            }
        }

        /** Keys of partitionFilters/tableMapping must be listed tables, when the job lists its tables. */
        private void tableKeyed(String field, Map<String, String> map) {
            if (map == null || spec.tables() == null || spec.tables().isEmpty()) {
                return;
            }
            KeySuggester suggester = new KeySuggester(spec.tables());
            for (String table : map.keySet()) {
                if (!spec.tables().contains(table)) {
                    String meant = suggester.suggest(table).orElse(null);
                    String suggestion = meant == null ? "" : "; did you mean '" + meant + "'?";
                    errorAt(field, FieldPaths.key(field, table), subject(field) + " names table '" + table
                            + "', which is not in 'tables'" + suggestion, meant);
                }
            }
            if (field.equals("tableMapping")) {
                map.forEach((source, target) -> {
                    if (target.isBlank()) {
                        errorAt(field, FieldPaths.key(field, source),
                                subject(field) + " maps table '" + source + "' to an empty name");
                    }
                });
            }
        }

        private void filters() {
            Map<String, String> filters = spec.partitionFilters();
            if (filters == null) {
                return;
            }
            filters.forEach((table, expression) -> {
                try {
                    PartitionFilterParser.parse(expression);
                } catch (PartitionFilterException e) {
                    out.add(Diagnostic.error(filterErrorLocation(table, e.position()),
                            "partition filter for table '" + table + "'" + fromFlagNote("partitionFilters") + ": "
                                    + e.reason() + " (column " + (e.position() + 1) + " of the expression)\n"
                                    + e.caret("    ")).withKey(FieldPaths.key("partitionFilters", table)));
                }
            });
        }

        private Location filterErrorLocation(String table, int position) {
            if (!fromFile("partitionFilters")) {
                return null;
            }
            Location text = doc.fieldLocations().get(FieldPaths.valueText("partitionFilters", table));
            if (text != null) {
                return text.shiftedRight(position);
            }
            return doc.fieldLocations().get(FieldPaths.value("partitionFilters", table));
        }

        private void eta() {
            String eta = spec.eta();
            if (eta == null) {
                return;
            }
            for (DateTimeFormatter format : List.of(DATE, DATE_TIME)) {
                try {
                    format.parse(eta, format == DATE ? LocalDate::from : LocalDateTime::from);
                    return;
                } catch (DateTimeParseException ignored) {
                    // try the next accepted format
                }
            }
            error("eta", subject("eta") + " '" + eta + "' is not a date; use yyyy-MM-dd or yyyy-MM-dd HH:mm:ss");
        }

        private void taskType() {
            String type = spec.taskType();
            if (type == null || TASK_TYPES.contains(type)) {
                return;
            }
            if (DEPRECATED_TASK_TYPES.contains(type)) {
                warning("taskType", subject("taskType") + " '" + type + "' is deprecated; use HIVE or BIGQUERY");
                return;
            }
            List<String> all = new ArrayList<>(List.of("HIVE", "BIGQUERY"));
            all.addAll(DEPRECATED_TASK_TYPES);
            String meant = new KeySuggester(all).suggest(type).orElse(null);
            String suggestion = meant == null ? "" : "; did you mean '" + meant + "'?";
            errorAt("taskType", "taskType", subject("taskType") + " '" + type + "' is not a task type; valid values "
                    + "are HIVE and BIGQUERY (deprecated: " + String.join(", ", DEPRECATED_TASK_TYPES) + ")"
                    + suggestion, meant);
        }

        /** True if reading the document already found an error at this key (a value of the wrong type). */
        private boolean reportedAt(Location location) {
            return doc.diagnostics().stream().anyMatch(d -> d.isError() && location.equals(d.location()));
        }

        /** True if the effective value is the one written in the document, so the document's positions apply. */
        private boolean fromFile(String field) {
            return Objects.equals(SpecFields.get(doc.spec(), field), SpecFields.get(spec, field))
                    && doc.fieldLocations().containsKey(field);
        }

        private String subject(String field) {
            return "'" + field + "'" + fromFlagNote(field);
        }

        private String fromFlagNote(String field) {
            return fromFile(field) ? "" : " (from the command line)";
        }

        private void error(String field, String message) {
            errorAt(field, field, message);
        }

        private void errorAt(String field, String path, String message) {
            errorAt(field, path, message, null);
        }

        private void errorAt(String field, String path, String message, String meant) {
            out.add(Diagnostic.error(fromFile(field) ? doc.fieldLocations().get(path) : null, message).withKey(path)
                    .withSuggestion(meant));
        }

        private void warning(String field, String message) {
            warningAt(field, field, message);
        }

        private void warningAt(String field, String path, String message) {
            out.add(Diagnostic.warning(fromFile(field) ? doc.fieldLocations().get(path) : null, message)
                    .withKey(path));
        }
    }
}
