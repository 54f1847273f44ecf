package dev.mms.emulator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * The emulator's state on disk, as JSON. Every save writes a temporary file in the same directory, readable only by
 * its owner, and renames it over the old one atomically, so a crash mid-write never leaves a torn file.
 */
final class StateFile {

    /** Everything the emulator must remember across a restart. */
    record Document(long nextJobId, long nextAsyncTaskId, List<StoredJob> jobs, List<StoredAsyncTask> asyncTasks) {
        static Document empty() {
            return new Document(1, 1, List.of(), List.of());
        }
    }

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    StateFile(Path file) {
        this.file = file.toAbsolutePath();
    }

    Document load() throws IOException {
        if (!Files.exists(file)) {
            return Document.empty();
        }
        try {
            return json.readValue(file.toFile(), Document.class);
        } catch (IOException e) {
            throw new IOException("the emulator state file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    void save(Document document) throws IOException {
        Path dir = file.getParent();
        Files.createDirectories(dir);
        Path temp = createOwnerOnlyTemp(dir);
        try {
            json.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), document);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Path createOwnerOnlyTemp(Path dir) throws IOException {
        String prefix = "." + file.getFileName() + ".";
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            try {
                return Files.createTempFile(dir, prefix, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (FileAlreadyExistsException e) {
                throw new IOException("cannot create a temporary state file in " + dir, e);
            }
        }
        return Files.createTempFile(dir, prefix, ".tmp");
    }
}
