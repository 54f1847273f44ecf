package dev.mms.cli.help;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One example of a command, shown at the end of its --help and in the EXAMPLES section of its man page. Every command
 * has two or three; a test parses each one with the command tree, so an example cannot go stale.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Examples.class)
public @interface Example {

    /** What the example does, in a few words, e.g. "Follow every spec of a directory to its end". */
    String does();

    /** The command line, starting with {@code mms}; may end in a pipe to other tools. */
    String run();
}
