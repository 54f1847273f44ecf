package dev.mms.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns the {@code -f} arguments (files, directories, {@code -}) into spec texts, in the order the user gave them. */
public final class SpecSources {

    private static final List<String> SPEC_EXTENSIONS = List.of(".yaml", ".yml", ".json");

    private SpecSources() {
    }

    /**
     * Each argument is a file (read whatever its extension), a directory (every *.yaml, *.yml and *.json directly in
     * it, sorted by name), or {@code -} for standard input, which may be given once.
     */
    public static List<SpecSource> load(List<String> args, InputStream stdin) throws SpecInputException {
        List<SpecSource> sources = new ArrayList<>();
        boolean stdinUsed = false;
        for (String arg : args) {
            if (arg.equals("-")) {
                if (stdinUsed) {
                    throw new SpecInputException("'-' (standard input) can be given only once");
                }
                stdinUsed = true;
                sources.add(readStdin(stdin));
            } else {
                Path path = Path.of(arg);
                if (Files.isDirectory(path)) {
                    for (Path file : specFilesIn(arg, path)) {
                        sources.add(readFile(file.toString(), file));
                    }
                } else {
                    sources.add(readFile(arg, path));
                }
            }
        }
        return sources;
    }

    /** True for the names a directory contributes: *.yaml, *.yml, *.json (any letter case). */
    public static boolean isSpecFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return SPEC_EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    private static List<Path> specFilesIn(String arg, Path dir) throws SpecInputException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (!isSpecFileName(entry.getFileName().toString())) {
                    continue;
                }
                if (Files.isRegularFile(entry)) {
                    files.add(entry);
                } else if (Files.isSymbolicLink(entry) && !Files.exists(entry)) {
                    // Skipping it would let CI pass with a spec that was meant to be there.
                    throw new SpecInputException("spec file " + entry + " is a broken symbolic link (to "
                            + Files.readSymbolicLink(entry) + ")");
                }
            }
        } catch (IOException e) {
            throw new SpecInputException("cannot list directory " + arg + ": " + reason(e));
        }
        if (files.isEmpty()) {
            throw new SpecInputException("no *.yaml, *.yml or *.json files in directory " + arg);
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return files;
    }

    private static SpecSource readFile(String name, Path path) throws SpecInputException {
        if (!Files.exists(path)) {
            throw new SpecInputException("spec file not found: " + name);
        }
        try {
            return SpecTextDecoder.decode(name, Files.readAllBytes(path));
        } catch (IOException e) {
            throw new SpecInputException("cannot read spec file " + name + ": " + reason(e));
        }
    }

    private static SpecSource readStdin(InputStream stdin) throws SpecInputException {
        try {
            return SpecTextDecoder.decode(SpecSource.STDIN, stdin.readAllBytes());
        } catch (IOException e) {
            throw new SpecInputException("cannot read standard input: " + reason(e));
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
