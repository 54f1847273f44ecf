package dev.mms.cli;

import picocli.CommandLine;

/**
 * {@code mms --version}: the version Maven wrote into the jar manifest, the runtime mms runs on, and whether a
 * class-data archive speeds up its start (what {@code bin/mms} chose, in the {@code mms.archive} property).
 */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"mms " + version(), "runtime: " + runtime(), "class data: " + classData()};
    }

    static String runtime() {
        String java = "Java " + System.getProperty("java.version");
        if (SelfCommand.isNativeImage()) {
            return "native executable (GraalVM native image, " + java + ")";
        }
        return java + ", " + System.getProperty("java.vm.name") + " (" + System.getProperty("java.home") + ")";
    }

    /** What the launcher passed: {@code shipped PATH}, {@code cached PATH}, {@code creating PATH}, off or none. */
    static String classData() {
        if (SelfCommand.isNativeImage()) {
            return "not needed (compiled ahead of time)";
        }
        String choice = System.getProperty("mms.archive", "");
        String kind = choice.endsWith(".aot") ? "AOT cache " : "AppCDS archive ";
        String path = choice.indexOf(' ') < 0 ? "" : choice.substring(choice.indexOf(' ') + 1);
        if (choice.startsWith("shipped ")) {
            return "in use, " + kind + path + " (shipped with mms)";
        }
        if (choice.startsWith("cached ")) {
            return "in use, " + kind + path + " (made for this place and JVM)";
        }
        if (choice.startsWith("creating ")) {
            return "not in use yet: the shipped archive does not fit this place or JVM; " + kind + path
                    + " is being made in the background for the next runs";
        }
        if (choice.equals("off")) {
            return "off (MMS_ARCHIVE=off)";
        }
        return "none (start mms with bin/mms to use its archive)";
    }
}
