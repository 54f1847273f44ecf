package dev.mms.cli.help;

import dev.mms.cli.ExitCodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes a troff man page (section 1) for every command of the tree, from the same picocli model and the same
 * {@link HelpSections} as --help, so the pages never drift from the code. docs/man/ holds the output; a test checks
 * that the committed copy is current, and the build copies it into the distribution's man/man1.
 */
public final class ManPages {

    private ManPages() {
    }

    /** File name (e.g. {@code mms-job-create.1}) to page text, for the command and every subcommand below it. */
    public static Map<String, String> all(CommandLine root) {
        Map<String, String> pages = new LinkedHashMap<>();
        collect(root, pages);
        return pages;
    }

    private static void collect(CommandLine command, Map<String, String> pages) {
        CommandSpec spec = command.getCommandSpec();
        if (spec.usageMessage().hidden()) {
            return;
        }
        pages.put(spec.qualifiedName("-") + ".1", page(spec));
        command.getSubcommands().values().stream().distinct().forEach(sub -> collect(sub, pages));
    }

    static String page(CommandSpec spec) {
        String name = spec.qualifiedName("-");
        StringBuilder out = new StringBuilder();
        out.append(".TH \"").append(name.toUpperCase(Locale.ROOT)).append("\" \"1\" \"\" \"mms\" \"mms manual\"\n");
        // no hyphenation and a ragged right edge: troff then breaks lines only at spaces, never inside a path or URL
        out.append(".nh\n.ad l\n");
        out.append(".SH NAME\n").append(escape(name)).append(" \\- ").append(escape(firstLine(spec))).append('\n');
        out.append(".SH SYNOPSIS\n.B ").append(escape(spec.qualifiedName())).append('\n');
        out.append(escape(synopsisTail(spec))).append('\n');
        out.append(".SH DESCRIPTION\n");
        for (String line : spec.usageMessage().description()) {
            out.append(escape(format(line))).append("\n.PP\n");
        }
        arguments(spec, out);
        options(spec, out);
        commands(spec, out);
        exitStatus(out);
        out.append(".SH ENVIRONMENT\n");
        HelpSections.ENVIRONMENT.forEach(e -> out.append(".TP\n.B ").append(escape(e.name())).append('\n')
                .append(escape(e.meaning())).append('\n'));
        out.append(".SH FILES\n");
        HelpSections.FILES.forEach(e -> out.append(".TP\n.I ").append(escape(e.name())).append('\n')
                .append(escape(e.meaning())).append('\n'));
        examples(spec, out);
        seeAlso(spec, out);
        return out.toString();
    }

    private static void arguments(CommandSpec spec, StringBuilder out) {
        List<PositionalParamSpec> positionals = spec.positionalParameters();
        if (positionals.isEmpty()) {
            return;
        }
        out.append(".SH ARGUMENTS\n");
        for (PositionalParamSpec p : positionals) {
            out.append(".TP\n.I ").append(escape(p.paramLabel())).append('\n')
                    .append(escape(String.join(" ", p.description()))).append('\n');
        }
    }

    private static void options(CommandSpec spec, StringBuilder out) {
        out.append(".SH OPTIONS\n");
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            List<String> names = new ArrayList<>(List.of(option.names()));
            if (option.negatable()) {
                names.add(negated(option.longestName()));
            }
            out.append(".TP\n.B ").append(escape(String.join(", ", names)));
            if (option.typeInfo().isBoolean() || option.arity().max() == 0) {
                out.append('\n');
            } else {
                out.append(" \\fI").append(escape(option.paramLabel())).append("\\fR\n");
            }
            out.append(breakableLists(escape(format(String.join(" ", option.description())
                    .replace("${DEFAULT-VALUE}", String.valueOf(option.defaultValue()))
                    .replace("${COMPLETION-CANDIDATES}", candidates(option)))))).append('\n');
        }
    }

    /** The {@code --no-} form picocli accepts for a negatable option ({@code --verify} gives {@code --no-verify}). */
    static String negated(String longName) {
        return longName.startsWith("--no-") ? "--" + longName.substring(5) : "--no-" + longName.substring(2);
    }

    private static void commands(CommandSpec spec, StringBuilder out) {
        if (spec.subcommands().isEmpty()) {
            return;
        }
        out.append(".SH COMMANDS\n");
        spec.subcommands().values().stream().distinct().forEach(sub -> out.append(".TP\n.B ")
                .append(escape(sub.getCommandName())).append('\n')
                .append(escape(firstLine(sub.getCommandSpec()))).append('\n'));
    }

    /** The exit codes of the help footer ("  0    success ..."), one tagged paragraph each. */
    private static void exitStatus(StringBuilder out) {
        out.append(".SH EXIT STATUS\n");
        format(ExitCodes.HELP_TEXT).strip().lines().skip(1).map(String::strip).forEach(line -> {
            int gap = line.indexOf(' ');
            out.append(".TP\n.B ").append(escape(line.substring(0, gap))).append('\n')
                    .append(escape(line.substring(gap).strip())).append('\n');
        });
    }

    private static void examples(CommandSpec spec, StringBuilder out) {
        List<Example> examples = HelpSections.examples(spec);
        if (examples.isEmpty()) {
            return;
        }
        out.append(".SH EXAMPLES\n");
        for (Example example : examples) {
            out.append(".PP\n").append(escape(example.does())).append(":\n.PP\n.RS 4\n.nf\n")
                    .append(escape(example.run())).append("\n.fi\n.RE\n");
        }
    }

    private static void seeAlso(CommandSpec spec, StringBuilder out) {
        List<String> related = new ArrayList<>();
        if (spec.parent() != null) {
            related.add(spec.parent().qualifiedName("-"));
        }
        spec.subcommands().values().stream().distinct()
                .forEach(sub -> related.add(sub.getCommandSpec().qualifiedName("-")));
        if (!related.isEmpty()) {
            out.append(".SH SEE ALSO\n");
            out.append(String.join(",\n", related.stream().map(r -> ".BR " + escape(r) + " (1)").toList())).append('\n');
        }
    }

    private static String synopsisTail(CommandSpec spec) {
        StringBuilder tail = new StringBuilder("[OPTIONS]");
        spec.positionalParameters().forEach(p -> tail.append(" [").append(p.paramLabel()).append(']'));
        if (!spec.subcommands().isEmpty()) {
            tail.append(" COMMAND");
        }
        return tail.toString();
    }

    private static String firstLine(CommandSpec spec) {
        String[] description = spec.usageMessage().description();
        return description.length == 0 ? "" : format(description[0]);
    }

    private static String candidates(OptionSpec option) {
        if (option.completionCandidates() == null) {
            return "";
        }
        List<String> values = new ArrayList<>();
        option.completionCandidates().forEach(values::add);
        return String.join(", ", values);
    }

    /**
     * A long comma-separated list without spaces (e.g. {@code latency=200ms,5xx=0.1,...}) may break after its commas;
     * troff breaks nowhere else in a word, and a path or URL has no commas, so it stays whole.
     */
    static String breakableLists(String troff) {
        StringBuilder out = new StringBuilder();
        for (String word : troff.split(" ", -1)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word.length() > 30 && !word.contains("/") ? word.replace(",", ",\\:") : word);
        }
        return out.toString();
    }

    /** picocli's %n is a line break in help text. */
    private static String format(String text) {
        return text.replace("%n", "\n");
    }

    /** Backslashes doubled, and a line that starts with '.' or '\'' protected so troff does not read a request. */
    public static String escape(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        StringBuilder out = new StringBuilder();
        for (String line : escaped.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.startsWith(".") || line.startsWith("'") ? "\\&" + line : line);
        }
        return out.toString();
    }
}
