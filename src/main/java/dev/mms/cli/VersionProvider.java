package dev.mms.cli;

import picocli.CommandLine;

/** {@code mms --version}: the version Maven wrote into the jar manifest. */
public final class VersionProvider implements CommandLine.IVersionProvider {

    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"mms " + version(), "Java " + System.getProperty("java.version")};
    }
}
