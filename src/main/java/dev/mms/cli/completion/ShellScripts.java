package dev.mms.cli.completion;

import dev.mms.cli.completion.CompletionModel.Command;
import dev.mms.cli.completion.CompletionModel.Option;
import dev.mms.cli.completion.CompletionModel.Positional;
import dev.mms.cli.completion.CompletionModel.Subcommand;
import dev.mms.cli.completion.CompletionModel.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * The completion scripts for bash, zsh and fish. Each is the same five look-up functions generated from the
 * {@link CompletionModel} (the subcommands, options, value actions, words and positional parameters of every command)
 * followed by a fixed driver for that shell, which walks the words typed so far and completes the last one.
 */
public final class ShellScripts {

    private ShellScripts() {
    }

    public static String bash(CompletionModel model) {
        return "# bash completion for mms, generated from its command model by `mms completion bash`; do not edit.\n"
                + "# Use it now: source <(mms completion bash)\n"
                + "# Or always: mms completion bash > ~/.local/share/bash-completion/completions/mms\n\n"
                + lookups(model, new Posix()) + resource("profiles.sh") + resource("driver.bash");
    }

    public static String zsh(CompletionModel model) {
        return "#compdef mms\n"
                + "# zsh completion for mms, generated from its command model by `mms completion zsh`; do not edit.\n"
                + "# Use it now: source <(mms completion zsh)   (after compinit)\n"
                + "# Or always: mms completion zsh > \"${fpath[1]}/_mms\"\n\n"
                + lookups(model, new Posix()) + resource("profiles.sh") + resource("driver.zsh");
    }

    public static String fish(CompletionModel model) {
        return "# fish completion for mms, generated from its command model by `mms completion fish`; do not edit.\n"
                + "# Use it now: mms completion fish | source\n"
                + "# Or always: mms completion fish > ~/.config/fish/completions/mms.fish\n\n"
                + lookups(model, new Fish()) + resource("driver.fish");
    }

    /** The look-up functions: each is one case statement over "command path/argument". */
    private static String lookups(CompletionModel model, Syntax syntax) {
        Map<String, List<String>> subcommands = new LinkedHashMap<>();
        Map<String, List<String>> resolve = new LinkedHashMap<>();
        Map<String, List<String>> options = new LinkedHashMap<>();
        Map<String, List<String>> actions = new LinkedHashMap<>();
        Map<String, List<String>> words = new LinkedHashMap<>();
        Map<String, List<String>> positionals = new LinkedHashMap<>();
        for (Command command : model.commands()) {
            String path = command.path();
            if (!command.subcommands().isEmpty()) {
                subcommands.put(path, command.subcommands().stream().filter(s -> s.name().equals(s.canonical()))
                        .map(s -> s.name() + "\t" + s.description()).toList());
            }
            for (Subcommand sub : command.subcommands()) {
                resolve.put(path + "/" + sub.name(), List.of(sub.canonical()));
            }
            options.put(path, command.options().stream().map(o -> o.name() + "\t" + o.description()).toList());
            for (Option option : command.options()) {
                if (option.value() != null) {
                    actions.put(path + "/" + option.name(), List.of(option.value().action().word()));
                    if (!option.value().words().isEmpty()) {
                        words.put(path + "/" + option.name(), option.value().words());
                    }
                }
            }
            for (Positional p : command.positionals()) {
                if (p.to() == Integer.MAX_VALUE) {
                    putPositional(positionals, words, path + "/#*", p.value());
                } else {
                    for (int i = p.from(); i <= p.to(); i++) {
                        putPositional(positionals, words, path + "/#" + i, p.value());
                    }
                }
            }
        }
        return syntax.function("_mms_subcommands", "The commands below a command: name, tab, summary.", subcommands)
                + syntax.function("_mms_resolve", "The command a name (or alias) gives below a command.", resolve)
                + syntax.function("_mms_options", "The options of a command: name, tab, summary.", options)
                + syntax.function("_mms_action", "How the value of an option is completed (nothing: a flag).", actions)
                + syntax.function("_mms_words", "The words a value completes to.", words)
                + syntax.function("_mms_positional", "How the Nth parameter of a command is completed.", positionals);
    }

    private static void putPositional(Map<String, List<String>> positionals, Map<String, List<String>> words,
                                      String key, Value value) {
        positionals.putIfAbsent(key, List.of(value.action().word()));
        if (!value.words().isEmpty()) {
            words.putIfAbsent(key, value.words());
        }
    }

    /** How one shell writes "case $1 in key) print lines ;; esac". */
    private interface Syntax {
        String function(String name, String comment, Map<String, List<String>> cases);
    }

    /** bash and zsh: the same POSIX case statement; single quotes have no escapes. */
    private static final class Posix implements Syntax {
        @Override
        public String function(String name, String comment, Map<String, List<String>> cases) {
            StringBuilder out = new StringBuilder("# ").append(comment).append('\n');
            out.append(name).append("() {\n  case \"$1/$2\" in\n");
            group(cases).forEach((lines, keys) -> out.append("    ")
                    .append(keys.stream().map(Posix::quoteKey).collect(Collectors.joining("|")))
                    .append(") printf '%s\\n'").append(lines.stream().map(l -> " " + quote(l)).collect(Collectors.joining()))
                    .append(" ;;\n"));
            return out.append("  esac\n}\n\n").toString();
        }

        /** A key "path/arg"; one that ends in "#*" is a pattern (every later parameter). */
        private static String quoteKey(String key) {
            String lookup = key.contains("/") ? key : key + "/";
            return lookup.endsWith("#*") ? quote(lookup.substring(0, lookup.length() - 2)) + "'#'*" : quote(lookup);
        }

        private static String quote(String text) {
            return "'" + text.replace("'", "'\\''") + "'";
        }
    }

    /** fish: a switch statement; single quotes escape only \' and \\. */
    private static final class Fish implements Syntax {
        @Override
        public String function(String name, String comment, Map<String, List<String>> cases) {
            StringBuilder out = new StringBuilder("# ").append(comment).append('\n');
            out.append("function ").append(name).append("\n    switch \"$argv[1]/$argv[2]\"\n");
            group(cases).forEach((lines, keys) -> out.append("        case")
                    .append(keys.stream().map(Fish::quoteKey).collect(Collectors.joining()))
                    .append("\n            printf '%s\\n'").append(lines.stream().map(l -> " " + quote(l)).collect(Collectors.joining()))
                    .append('\n'));
            return out.append("    end\nend\n\n").toString();
        }

        private static String quoteKey(String key) {
            String lookup = key.contains("/") ? key : key + "/";
            // fish's case takes quoted patterns: '*' is a wildcard even inside quotes
            return " " + quote(lookup);
        }

        private static String quote(String text) {
            return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
    }

    /** Keys with the same lines share one case branch, which keeps the inherited options from repeating. */
    private static Map<List<String>, List<String>> group(Map<String, List<String>> cases) {
        Map<List<String>, List<String>> grouped = new LinkedHashMap<>();
        cases.forEach((key, lines) -> grouped.computeIfAbsent(lines, l -> new ArrayList<>()).add(key));
        return grouped;
    }

    /** The shells with a script, and the file name each is installed under in completions/. */
    public enum Shell {
        bash("mms.bash"), zsh("_mms"), fish("mms.fish");

        private final String fileName;

        Shell(String fileName) {
            this.fileName = fileName;
        }

        public String fileName() {
            return fileName;
        }

        public String script(CommandLine root) {
            CompletionModel model = CompletionModel.of(root);
            return switch (this) {
                case bash -> bash(model);
                case zsh -> zsh(model);
                case fish -> fish(model);
            };
        }
    }

    /** A fixed part of the scripts, kept beside this class as a resource. */
    private static String resource(String name) {
        try (InputStream in = ShellScripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
