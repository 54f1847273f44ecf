package dev.mms.auth;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * credentials-java's INI profile file, {@code ~/.alibabacloud/credentials.ini}, read line by line as its
 * {@code ProfileUtils} reads it (docs/credentials.md, "The INI profile file"): {@code #} or {@code ;} in the first
 * column make a comment line; after a value they start a comment only with white space before them; keys and section
 * names are case-sensitive and trimmed; a section given twice is merged and a later key wins; a line that starts with
 * a tab continues the value above it. A broken line is an error naming the file and the line, never its text (it may
 * hold a secret).
 */
final class CredentialsIniFile {

    /** One {@code key = value} and the line it is on; the value is null for a line without {@code =}. */
    record Entry(String value, int line) {
    }

    /** One {@code [section]}, at the line of its first header. */
    record Section(String name, int line, Map<String, Entry> entries) {

        /** The trimmed value, or null when the key is absent or has no value. */
        String text(String key) {
            Entry e = entries.get(key);
            return e == null || e.value() == null || e.value().isEmpty() ? null : e.value();
        }

        /** credentials-java's test, {@code Boolean.parseBoolean(enable)}: true in any case, anything else is off. */
        boolean enabled() {
            return Boolean.parseBoolean(text("enable"));
        }
    }

    private final Path path;
    private final Map<String, Section> sections;

    private CredentialsIniFile(Path path, Map<String, Section> sections) {
        this.path = path;
        this.sections = Collections.unmodifiableMap(sections);
    }

    /** Reads {@code path}, which must exist; a file that cannot be read or parsed is a credentials error. */
    static CredentialsIniFile read(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new CredentialsException("cannot read " + path + ": it is not UTF-8 text");
        } catch (IOException e) {
            throw new CredentialsException("cannot read " + path + " (" + e.getMessage() + ")");
        }
        return parse(path, lines);
    }

    static CredentialsIniFile parse(Path path, List<String> lines) {
        Parser parser = new Parser(path);
        for (String line : lines) {
            parser.line(line);
        }
        return new CredentialsIniFile(path, parser.sections);
    }

    Path path() {
        return path;
    }

    /** The named section, or null. */
    Section section(String name) {
        return sections.get(name);
    }

    Map<String, Section> sections() {
        return sections;
    }

    /** True when any section holds an {@code access_key_secret}: then nobody but its owner may read the file. */
    boolean holdsSecret() {
        return sections.values().stream().anyMatch(s -> s.text("access_key_secret") != null);
    }

    /** The state of a pass over the lines, as in credentials-java's {@code ProfileUtils.ParserProgress}. */
    private static final class Parser {

        private final Path path;
        private final Map<String, Section> sections = new LinkedHashMap<>();
        private int number;
        private Section current;
        private String lastKey;
        private boolean ignoring;

        Parser(Path path) {
            this.path = path;
        }

        void line(String line) {
            number++;
            if (line.chars().allMatch(c -> c == ' ' || c == '\t') || line.startsWith("#") || line.startsWith(";")) {
                return;
            }
            if (line.trim().startsWith("[")) {
                header(line);
            } else if (line.startsWith("\t")) {
                continuation(line);
            } else {
                property(line);
            }
        }

        private void header(String line) {
            String text = withoutComment(line, "#", ";").trim();
            if (!text.endsWith("]")) {
                throw problem("a section header must end with ']'");
            }
            String name = text.substring(1, text.length() - 1).trim();
            lastKey = null;
            ignoring = name.isEmpty(); // credentials-java skips "[ ]" and every key under it
            if (!ignoring) {
                current = sections.computeIfAbsent(name, n -> new Section(n, number, new LinkedHashMap<>()));
            }
        }

        private void property(String line) {
            if (ignoring) {
                return;
            }
            String text = withoutComment(line, " #", " ;", "\t#", "\t;").trim();
            int equals = text.indexOf('=');
            String key = (equals < 0 ? text : text.substring(0, equals)).trim();
            String value = equals < 0 ? null : text.substring(equals + 1).trim();
            if (key.isEmpty()) {
                throw problem(equals < 0 ? "a line without a key (a comment starts with # or ; in the first column)"
                        : "a key is missing before '='");
            }
            section().entries().put(key, new Entry(value, number));
            lastKey = key;
        }

        /** Comments are not removed here: credentials-java keeps them as part of the value. */
        private void continuation(String line) {
            if (ignoring) {
                return;
            }
            if (lastKey == null) {
                throw problem("a line that starts with a tab continues a value, but no key comes before it");
            }
            Map<String, Entry> entries = section().entries();
            Entry before = entries.get(lastKey);
            String joined = (before.value() == null ? "" : before.value()) + "\n" + line.trim();
            entries.put(lastKey, new Entry(joined, before.line()));
        }

        /** Keys before any header go to a section named "?", as in ini4j and credentials-java. */
        private Section section() {
            if (current == null) {
                current = sections.computeIfAbsent("?", n -> new Section(n, number, new LinkedHashMap<>()));
            }
            return current;
        }

        private CredentialsException problem(String what) {
            return new CredentialsException(path + " line " + number + ": " + what);
        }

        private static String withoutComment(String line, String... markers) {
            int end = line.length();
            for (String marker : markers) {
                int at = line.indexOf(marker);
                if (at >= 0 && at < end) {
                    end = at;
                }
            }
            return line.substring(0, end);
        }
    }
}
