package dev.mms.spec;

import dev.mms.api.JobSpec;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one document's node tree into a JobSpec, checking keys and value types and collecting every problem.
 * A field whose value has the wrong type is left null in the spec but keeps its location, so the validator does not
 * report it a second time as missing.
 */
final class SpecBinder {

    private static final java.util.regex.Pattern PLAIN_DECIMAL = java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final KeySuggester SUGGESTER = new KeySuggester(SpecFields.names());

    private final String[] lines;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, Location> locations = new LinkedHashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();

    SpecBinder(String sourceText) {
        this.lines = sourceText.split("\r?\n", -1);
    }

    record Result(JobSpec spec, Map<String, Location> fieldLocations, List<Diagnostic> diagnostics) {
    }

    Result bind(SpecNode root) {
        if (!(root instanceof SpecNode.MapNode map)) {
            diagnostics.add(Diagnostic.error(root.location(), "a job spec must be a mapping of keys to values "
                    + "(name: ..., srcDbName: ...), not " + root.describe()));
            return new Result(null, Map.of(), List.copyOf(diagnostics));
        }
        Map<String, Location> seen = new HashMap<>();
        for (SpecNode.Entry entry : map.entries()) {
            Optional<SpecField> field = SpecFields.named(entry.key());
            if (field.isEmpty()) {
                diagnostics.add(Diagnostic.error(entry.keyLocation(), unknownKey(entry.key())).withKey(entry.key())
                        .withSuggestion(entry.key().equals("<<") ? null : SUGGESTER.suggest(entry.key()).orElse(null)));
                continue;
            }
            int before = diagnostics.size();
            if (duplicate(seen, entry)) {
                aboutKey(before, entry.key());
                continue;
            }
            locations.put(entry.key(), entry.keyLocation());
            Object value = convert(field.get(), entry);
            aboutKey(before, entry.key());
            if (value != null) {
                values.put(entry.key(), value);
            }
        }
        return new Result(SpecFields.create(values), Map.copyOf(locations), List.copyOf(diagnostics));
    }

    /** Diagnostics added since {@code from} that name no key of their own are about {@code key}. */
    private void aboutKey(int from, String key) {
        for (int i = from; i < diagnostics.size(); i++) {
            if (diagnostics.get(i).key() == null) {
                diagnostics.set(i, diagnostics.get(i).withKey(key));
            }
        }
    }

    private static String unknownKey(String key) {
        if (key.equals("type")) {
            return "unknown key 'type'; the scope follows from which of 'tables', 'partitions' or "
                    + "'tableWhiteList'/'tableBlackList' is given";
        }
        if (key.equals("<<")) {
            return "YAML merge keys ('<<') are not supported in a job spec; write the keys out";
        }
        return "unknown key '" + key + "'" + SUGGESTER.suggest(key).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    private boolean duplicate(Map<String, Location> seen, SpecNode.Entry entry) {
        Location first = seen.putIfAbsent(entry.key(), entry.keyLocation());
        if (first == null) {
            return false;
        }
        diagnostics.add(Diagnostic.error(entry.keyLocation(),
                "duplicate key '" + entry.key() + "' (first given at line " + first.line() + ")"));
        return true;
    }

    private Object convert(SpecField field, SpecNode.Entry entry) {
        String name = field.name();
        SpecNode node = entry.value();
        if (isInvalid(node)) {
            return null;
        }
        if (isNull(node)) {
            // An empty "tables:" would otherwise turn a Tables job into a whole-database job without a word.
            if (field.kind() != FieldKind.STRING && field.kind() != FieldKind.INTEGER
                    && field.kind() != FieldKind.BOOLEAN) {
                diagnostics.add(Diagnostic.error(entry.keyLocation(),
                        "'" + name + "' has no value; expected " + field.kind().expected()
                                + " (remove the key to leave it unset)"));
            }
            return null;
        }
        return switch (field.kind()) {
            case INTEGER -> integer(name, entry.keyLocation(), node, "'" + name + "'");
            case STRING -> string(node).orElseGet(() -> wrongType(entry.keyLocation(), name, field, node));
            case BOOLEAN -> bool(node).orElseGet(() -> wrongType(entry.keyLocation(), name, field, node));
            case STRING_LIST -> stringList(name, entry.keyLocation(), field, node);
            case ID_LIST -> idList(name, entry.keyLocation(), field, node);
            case STRING_MAP -> stringMap(name, entry.keyLocation(), field, node);
            case ANY_MAP -> anyMap(name, entry.keyLocation(), field, node);
        };
    }

    private <T> T wrongType(Location location, String name, SpecField field, SpecNode node) {
        diagnostics.add(Diagnostic.error(location,
                "'" + name + "' must be " + field.kind().expected() + ", not " + node.describe()));
        return null;
    }

    /** A value the reader already reported (an alias, a tag): the field fails without a second message. */
    private static boolean isInvalid(SpecNode node) {
        return node instanceof SpecNode.ScalarNode s && s.type() == SpecNode.ScalarType.INVALID;
    }

    private static boolean isNull(SpecNode node) {
        return node instanceof SpecNode.ScalarNode s && s.type() == SpecNode.ScalarType.NULL;
    }

    // Lenient on purpose: a number where a string is expected keeps the text exactly as written ("007", "2024"),
    // because table and job names made of digits are common and YAML would otherwise force quoting them.
    private static Optional<String> string(SpecNode node) {
        if (node instanceof SpecNode.ScalarNode s && (s.type() == SpecNode.ScalarType.STRING
                || s.type() == SpecNode.ScalarType.INTEGER || s.type() == SpecNode.ScalarType.DECIMAL)) {
            return Optional.of(s.text());
        }
        return Optional.empty();
    }

    private static Optional<Boolean> bool(SpecNode node) {
        if (node instanceof SpecNode.ScalarNode s && s.type() == SpecNode.ScalarType.BOOLEAN) {
            return Optional.of((Boolean) s.value());
        }
        return Optional.empty();
    }

    private Long integer(String path, Location location, SpecNode node, String what) {
        if (node instanceof SpecNode.ScalarNode s && s.type() == SpecNode.ScalarType.INTEGER) {
            if (!PLAIN_DECIMAL.matcher(s.text()).matches()) {
                // YAML 1.1 reads 010 as octal 8 and 0x10 as 16: an id the user did not mean, without a word.
                diagnostics.add(Diagnostic.error(location, what + " must be written in plain decimal digits, not "
                        + s.text() + (s.text().matches("-?0[0-9_]+") ? " (YAML would read a leading 0 as octal)" : "")));
                return null;
            }
            Number number = (Number) s.value();
            if (number instanceof BigInteger big && big.bitLength() > 63) {
                diagnostics.add(Diagnostic.error(location, what + " is too large: " + s.text()));
                return null;
            }
            return number.longValue();
        }
        diagnostics.add(Diagnostic.error(location, what + " must be an integer, not " + node.describe()));
        return null;
    }

    private List<String> stringList(String name, Location keyLocation, SpecField field, SpecNode node) {
        if (!(node instanceof SpecNode.ListNode list)) {
            return wrongType(keyLocation, name, field, node);
        }
        List<String> result = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
            SpecNode item = list.items().get(i);
            locations.put(FieldPaths.item(name, i), item.location());
            Optional<String> text = string(item);
            if (text.isPresent()) {
                result.add(text.get());
            } else if (isInvalid(item)) {
                ok = false;
            } else {
                ok = false;
                diagnostics.add(Diagnostic.error(item.location(),
                        "'" + name + "' item " + (i + 1) + " must be a string, not " + item.describe()));
            }
        }
        return ok ? List.copyOf(result) : null;
    }

    private List<Long> idList(String name, Location keyLocation, SpecField field, SpecNode node) {
        if (!(node instanceof SpecNode.ListNode list)) {
            return wrongType(keyLocation, name, field, node);
        }
        List<Long> result = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.items().size(); i++) {
            SpecNode item = list.items().get(i);
            locations.put(FieldPaths.item(name, i), item.location());
            Long id = isInvalid(item) ? null : integer(name, item.location(), item, "'" + name + "' item " + (i + 1));
            if (id == null) {
                ok = false;
            } else {
                result.add(id);
            }
        }
        return ok ? List.copyOf(result) : null;
    }

    private Map<String, String> stringMap(String name, Location keyLocation, SpecField field, SpecNode node) {
        if (!(node instanceof SpecNode.MapNode map)) {
            return wrongType(keyLocation, name, field, node);
        }
        Map<String, String> result = new LinkedHashMap<>();
        Map<String, Location> seen = new HashMap<>();
        boolean ok = true;
        for (SpecNode.Entry entry : map.entries()) {
            if (duplicate(seen, entry)) {
                ok = false;
                continue;
            }
            locations.put(FieldPaths.key(name, entry.key()), entry.keyLocation());
            locations.put(FieldPaths.value(name, entry.key()), entry.value().location());
            Optional<String> text = string(entry.value());
            if (text.isPresent()) {
                result.put(entry.key(), text.get());
                textStart(entry.value().location(), text.get())
                        .ifPresent(at -> locations.put(FieldPaths.valueText(name, entry.key()), at));
            } else if (isInvalid(entry.value())) {
                ok = false;
            } else if (isNull(entry.value())) {
                ok = false;
                diagnostics.add(Diagnostic.error(entry.keyLocation(), "'" + name + "' has no value for '"
                        + entry.key() + "'; expected a string"));
            } else {
                ok = false;
                diagnostics.add(Diagnostic.error(entry.keyLocation(), "'" + name + "' value for '" + entry.key()
                        + "' must be a string, not " + entry.value().describe()));
            }
        }
        return ok ? unmodifiable(result) : null;
    }

    /** Where the text itself starts, if it sits verbatim on the scalar's line (plain, or quoted without escapes). */
    private Optional<Location> textStart(Location scalar, String text) {
        if (text.contains("\n") || scalar.line() < 1 || scalar.line() > lines.length) {
            return Optional.empty();
        }
        String line = lines[scalar.line() - 1];
        int column = scalar.column() - 1;
        if (line.startsWith(text, column)) {
            return Optional.of(scalar);
        }
        boolean quoted = column < line.length() && (line.charAt(column) == '\'' || line.charAt(column) == '"');
        if (quoted && line.startsWith(text, column + 1)
                && line.startsWith(String.valueOf(line.charAt(column)), column + 1 + text.length())) {
            return Optional.of(scalar.shiftedRight(1));
        }
        return Optional.empty();
    }

    private Map<String, Object> anyMap(String name, Location keyLocation, SpecField field, SpecNode node) {
        if (!(node instanceof SpecNode.MapNode map)) {
            return wrongType(keyLocation, name, field, node);
        }
        return plainMap(map);
    }

    /** Free-form values for 'others', as Jackson would read them; duplicate keys are still an error. */
    private Map<String, Object> plainMap(SpecNode.MapNode map) {
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Location> seen = new HashMap<>();
        for (SpecNode.Entry entry : map.entries()) {
            if (!duplicate(seen, entry)) {
                result.put(entry.key(), plain(entry.value()));
            }
        }
        return unmodifiable(result);
    }

    private Object plain(SpecNode node) {
        if (node instanceof SpecNode.MapNode map) {
            return plainMap(map);
        }
        if (node instanceof SpecNode.ListNode list) {
            List<Object> items = new ArrayList<>();
            list.items().forEach(item -> items.add(plain(item)));
            return java.util.Collections.unmodifiableList(items);
        }
        return ((SpecNode.ScalarNode) node).value();
    }

    private static <V> Map<String, V> unmodifiable(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(map);
    }
}
