package dev.mms.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The subcommands of a command group, in place of picocli's {@code @Command(subcommands = ...)}: picocli builds the
 * model of every command listed there by reflection at every start, while {@link CommandTree} builds only the
 * commands that a command line can reach and names the others (README.md, "Performance").
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Subcommands {

    /** The subcommands, in the order that help lists them. */
    Class<?>[] value();
}
