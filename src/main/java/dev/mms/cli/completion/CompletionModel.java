package dev.mms.cli.completion;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * What the shells complete, read from the picocli command tree: every command with its subcommands (and aliases),
 * its options (with the {@code --no-} form of each negatable one) and what each value completes to. The scripts are
 * generated from this alone, so a command or option added anywhere completes without touching them.
 */
public record CompletionModel(List<Command> commands) {

    /** How a value is completed. */
    public enum Action {
        /** One of {@link Value#words}. */
        WORDS,
        /** A comma-separated list of {@link Value#words}. */
        LIST,
        SPEC_FILES,
        FILES,
        DIRECTORIES,
        PROFILES,
        /** The name of a command below the words already given (mms help job ...). */
        COMMANDS,
        /** Anything: the shell offers nothing. */
        ANY;

        /** The action's name in the scripts. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
        }
    }

    public record Value(Action action, List<String> words) {
    }

    /** One name of an option; value is null for a flag. */
    public record Option(String name, Value value, String description) {
    }

    /** The positional parameters with indexes {@code from..to} (to is Integer.MAX_VALUE for "and the rest"). */
    public record Positional(int from, int to, Value value) {
    }

    public record Subcommand(String name, String canonical, String description) {
    }

    /** A command, e.g. path "mms job create". */
    public record Command(String path, List<Subcommand> subcommands, List<Option> options,
                          List<Positional> positionals) {
    }

    public static CompletionModel of(CommandLine root) {
        List<Command> commands = new ArrayList<>();
        collect(root, root.getCommandName(), commands);
        return new CompletionModel(List.copyOf(commands));
    }

    private static void collect(CommandLine command, String path, List<Command> commands) {
        CommandSpec spec = command.getCommandSpec();
        List<Subcommand> subcommands = new ArrayList<>();
        command.getSubcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden()) {
                subcommands.add(new Subcommand(name, sub.getCommandName(), summary(sub.getCommandSpec().usageMessage().description())));
            }
        });
        List<Option> options = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            Value value = option.arity().max() == 0 ? null : value(option, spec);
            String description = summary(option.description());
            for (String name : option.names()) {
                options.add(new Option(name, value, description));
            }
            if (option.negatable()) {
                String longName = option.longestName();
                String negated = longName.startsWith("--no-") ? "--" + longName.substring(5) : "--no-" + longName.substring(2);
                options.add(new Option(negated, null, "not " + longName));
            }
        }
        List<Positional> positionals = new ArrayList<>();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (!p.hidden()) {
                positionals.add(new Positional(p.index().min(), p.index().isUnspecified() || p.arity().max() > 1
                        ? Integer.MAX_VALUE : p.index().max(), value(p, spec)));
            }
        }
        commands.add(new Command(path, List.copyOf(subcommands), List.copyOf(options), List.copyOf(positionals)));
        command.getSubcommands().values().stream().distinct()
                .filter(sub -> !sub.getCommandSpec().usageMessage().hidden())
                .forEach(sub -> collect(sub, path + " " + sub.getCommandName(), commands));
    }

    private static Value value(ArgSpec arg, CommandSpec command) {
        Iterable<String> candidates = arg.completionCandidates();
        if (candidates instanceof Candidates.SpecFiles) {
            return new Value(Action.SPEC_FILES, List.of());
        }
        if (candidates instanceof Candidates.Profiles) {
            return new Value(Action.PROFILES, List.of());
        }
        if (candidates instanceof Candidates.Commands) {
            return new Value(Action.COMMANDS, List.of());
        }
        boolean list = !arg.splitRegex().isEmpty();
        if (candidates instanceof Candidates.Columns columns) {
            List<String> words = command.userObject() instanceof Candidates.ShowsColumns shows
                    ? Candidates.Columns.names(shows.columnView()) : words(columns);
            return new Value(list ? Action.LIST : Action.WORDS, words);
        }
        if (candidates != null) {
            return new Value(list ? Action.LIST : Action.WORDS, words(candidates));
        }
        Class<?> type = arg.auxiliaryTypes().length > 0 && (arg.isMultiValue()) ? arg.auxiliaryTypes()[0] : arg.type();
        if (Path.class.isAssignableFrom(type) || File.class.isAssignableFrom(type)) {
            return new Value(Action.FILES, List.of());
        }
        return new Value(Action.ANY, List.of());
    }

    private static List<String> words(Iterable<String> candidates) {
        List<String> words = new ArrayList<>();
        candidates.forEach(words::add);
        return List.copyOf(words);
    }

    /** The first sentence of a description, on one line, for the shells that show one beside each candidate. */
    static String summary(String[] description) {
        if (description.length == 0) {
            return "";
        }
        String text = description[0].replace("%n", " ").replaceAll("\\$\\{[^}]*}", "…").replaceAll("\\s+", " ").strip();
        java.util.regex.Matcher sentenceEnd = java.util.regex.Pattern.compile("(?<!e\\.g|i\\.e)\\. ").matcher(text);
        text = sentenceEnd.find() ? text.substring(0, sentenceEnd.start()) : text;
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
