package dev.mms.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes a troff man page (section 1) for every command of the tree, from the same picocli model as --help, so the
 * pages never drift from the code. docs/man/ holds the output; a test checks that the committed copy is current.
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
        out.append(".TH \"").append(name.toUpperCase(java.util.Locale.ROOT)).append("\" \"1\" \"\" \"mms\" \"mms manual\"\n");
        out.append(".SH NAME\n").append(escape(name)).append(" \\- ").append(escape(firstLine(spec))).append('\n');
        out.append(".SH SYNOPSIS\n.B ").append(escape(spec.qualifiedName())).append('\n');
        out.append(escape(synopsisTail(spec))).append('\n');
        out.append(".SH DESCRIPTION\n");
        for (String line : spec.usageMessage().description()) {
            out.append(escape(format(line))).append("\n.PP\n");
        }
        List<PositionalParamSpec> positionals = spec.positionalParameters();
        if (!positionals.isEmpty()) {
            out.append(".SH ARGUMENTS\n");
            for (PositionalParamSpec p : positionals) {
                out.append(".TP\n.I ").append(escape(p.paramLabel())).append('\n')
                        .append(escape(String.join(" ", p.description()))).append('\n');
            }
        }
        out.append(".SH OPTIONS\n");
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            out.append(".TP\n.B ").append(escape(String.join(", ", option.names())));
            if (option.typeInfo().isBoolean() || option.arity().max() == 0) {
                out.append('\n');
            } else {
                out.append(" \\fI").append(escape(option.paramLabel())).append("\\fR\n");
            }
            out.append(escape(format(String.join(" ", option.description())
                    .replace("${DEFAULT-VALUE}", String.valueOf(option.defaultValue()))
                    .replace("${COMPLETION-CANDIDATES}", candidates(option))))).append('\n');
        }
        if (!spec.subcommands().isEmpty()) {
            out.append(".SH COMMANDS\n");
            spec.subcommands().values().stream().distinct().forEach(sub -> out.append(".TP\n.B ")
                    .append(escape(sub.getCommandName())).append('\n')
                    .append(escape(firstLine(sub.getCommandSpec()))).append('\n'));
        }
        if (spec.parent() == null) {
            String codes = format(ExitCodes.HELP_TEXT).strip().lines().skip(1).map(String::strip)
                    .collect(java.util.stream.Collectors.joining("\n"));
            out.append(".SH EXIT STATUS\n.nf\n").append(escape(codes)).append("\n.fi\n");
        }
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
        return out.toString();
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

    /** picocli's %n is a line break in help text. */
    private static String format(String text) {
        return text.replace("%n", "\n");
    }

    /** Backslashes doubled, and a line that starts with '.' or '\'' protected so troff does not read a request. */
    static String escape(String text) {
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
