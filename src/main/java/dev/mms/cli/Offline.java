package dev.mms.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Marks a command that never talks to the MMS service (emulator, completion, help, job validate): the inherited global
 * options it would ignore are not offered there, so they are neither in its help nor accepted after it
 * ({@code mms emulator --endpoint X} is an unknown option, not a silently ignored one).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Offline {

    /** Of {@code --profile} and {@code --source-id}, the ones the command does use (validate reads both). */
    String[] uses() default {};

    /** Options that only matter to a command that sends requests. */
    List<String> NETWORK_OPTIONS = List.of("--endpoint", "--region", "--vpc", "--allow-http", "--timeout",
            "--request-timeout", "--attempts");

    /** Options that pick the profile and source, which some offline commands still read. */
    List<String> CONTEXT_OPTIONS = List.of("--profile", "--source-id");

    /** Takes the options an offline command ignores out of every such command of the tree. */
    final class Pruning {

        private Pruning() {
        }

        static void apply(CommandLine command) {
            Offline offline = command.getCommandSpec().userObject() == null ? null
                    : command.getCommandSpec().userObject().getClass().getAnnotation(Offline.class);
            if (offline != null) {
                Set<String> ignored = new HashSet<>(NETWORK_OPTIONS);
                ignored.addAll(CONTEXT_OPTIONS);
                ignored.removeAll(List.of(offline.uses()));
                CommandSpec spec = command.getCommandSpec();
                for (OptionSpec option : List.copyOf(spec.options())) {
                    if (option.inherited() && ignored.contains(option.longestName())) {
                        spec.remove(option);
                    }
                }
            }
            command.getSubcommands().values().stream().distinct().forEach(Pruning::apply);
        }
    }
}
