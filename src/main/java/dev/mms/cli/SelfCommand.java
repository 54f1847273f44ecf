package dev.mms.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What this program is running on, and the command line that starts another mms like it: the same JVM and class
 * path, or in a native executable the executable itself (a native image has no {@code java.home} and no class path).
 */
public final class SelfCommand {

    private SelfCommand() {
    }

    /** True in a GraalVM native executable (the property is set by the image itself). */
    public static boolean isNativeImage() {
        return "runtime".equals(System.getProperty("org.graalvm.nativeimage.imagecode"));
    }

    /** The command that runs {@code mms ARGS} in a new process, with {@code jvmOptions} where a JVM runs it. */
    public static List<String> of(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        if (isNativeImage()) {
            command.add(ProcessHandle.current().info().command()
                    .orElseThrow(() -> new UsageException("cannot tell where the mms executable is; run the command "
                            + "yourself (for the emulator: mms emulator)")));
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(Main.class.getName());
        }
        command.addAll(List.of(args));
        return command;
    }
}
