package dev.mms.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds the command tree from the {@link Subcommands} of each group. Building a command's model (its options, by
 * reflection) is most of what a start-up costs: about 200 ms for all of mms's commands, against 60 ms for the JVM to
 * start. A command line reaches only the commands it names, so {@link #forArguments} builds those in full and stands
 * a summary in for each other one: its name, aliases and description, all that the help of its group shows of it.
 */
final class CommandTree {

    private static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

    private CommandTree() {
    }

    /** Every command, built in full: for completion scripts, man pages and the tests that read the whole tree. */
    static CommandLine full(MmsCommand root) {
        skipUnusedConverters();
        return build(root, name -> true);
    }

    /**
     * The tree as the command line {@code args} needs it: in full, every command whose name or alias is one of the
     * arguments, so that whatever picocli picks from them is real; a summary for the others. An argument file
     * ({@code @file}) may name any command, so it gets the full tree.
     */
    static CommandLine forArguments(MmsCommand root, String... args) {
        if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("@"))) {
            return full(root);
        }
        skipUnusedConverters();
        Set<String> named = Set.copyOf(List.of(args));
        return build(root, named::contains);
    }

    private static CommandLine build(Object command, Predicate<String> reached) {
        CommandLine line = new CommandLine(command);
        Subcommands subcommands = command.getClass().getAnnotation(Subcommands.class);
        if (subcommands != null) {
            for (Class<?> type : subcommands.value()) {
                Command annotation = type.getAnnotation(Command.class);
                boolean built = reached.test(annotation.name()) || Arrays.stream(annotation.aliases()).anyMatch(reached);
                line.addSubcommand(annotation.name(), built ? build(instantiate(type), reached) : summary(annotation));
            }
        }
        return line;
    }

    /** What the help of a group shows of a command it does not run. */
    private static CommandLine summary(Command annotation) {
        CommandSpec spec = CommandSpec.create().name(annotation.name()).aliases(annotation.aliases());
        spec.usageMessage().header(annotation.header()).description(annotation.description()).hidden(annotation.hidden());
        return new CommandLine(spec);
    }

    private static Object instantiate(Class<?> type) {
        try {
            return CommandLine.defaultFactory().create(type);
        } catch (Exception e) {
            throw new CommandLine.InitializationException("cannot create the command " + type.getName() + ": " + e, e);
        }
    }

    /**
     * Picocli registers a converter for every java.time and java.sql type it knows, by reflection, when it builds a
     * parser: 72 classes of java.time and 10 of java.sql loaded by every command, {@code --version} included. No
     * option of mms has such a type (--timeout has its own converter), so they are left out. A value given on the
     * JVM's command line wins.
     */
    private static void skipUnusedConverters() {
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, "java\\.time\\..*,java\\.sql\\..*");
        }
    }
}
