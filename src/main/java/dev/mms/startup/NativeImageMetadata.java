package dev.mms.startup;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the reachability metadata of a native image for what picocli-codegen does not cover, from the compiled
 * classes themselves, at build time ({@code process-classes}): reflection for every class Jackson may bind (records,
 * enums and classes with Jackson annotations, all of dev.mms: the API model, the spec, the config file, the
 * emulator's state and catalog) and every resource of the jar. The result is
 * {@code META-INF/native-image/dev.mms/mms/{reflect,resource}-config.json} in the classes directory, which
 * native-image reads from the class path; NativeImageMetadataTest checks on the JVM that it covers every type the
 * client and the emulator bind.
 *
 * <p>Usage: {@code NativeImageMetadata CLASSES_DIR}
 */
public final class NativeImageMetadata {

    static final String DIRECTORY = "META-INF/native-image/dev.mms/mms";
    private static final String JACKSON_ANNOTATIONS = "com.fasterxml.jackson.annotation.";

    private NativeImageMetadata() {
    }

    public static void main(String[] args) throws IOException, ClassNotFoundException {
        if (args.length != 1) {
            System.err.println("usage: NativeImageMetadata CLASSES_DIR");
            System.exit(2);
        }
        Path classes = Path.of(args[0]);
        Path out = Files.createDirectories(classes.resolve(DIRECTORY));
        Files.writeString(out.resolve("reflect-config.json"), reflectConfig(jacksonTypes(classes)),
                StandardCharsets.UTF_8);
        Files.writeString(out.resolve("resource-config.json"), resourceConfig(resources(classes)),
                StandardCharsets.UTF_8);
    }

    /** Every class of dev.mms under {@code classes} that Jackson may bind, by name. */
    static List<String> jacksonTypes(Path classes) throws IOException, ClassNotFoundException {
        List<String> names = new ArrayList<>();
        ClassLoader loader = NativeImageMetadata.class.getClassLoader();
        for (String name : classNames(classes)) {
            Class<?> type = Class.forName(name, false, loader);
            if (type.isRecord() || type.isEnum() || hasJacksonAnnotation(type)) {
                names.add(name);
            }
        }
        return names;
    }

    static boolean hasJacksonAnnotation(Class<?> type) {
        if (isJackson(type)) {
            return true;
        }
        try {
            return Stream.of(type.getDeclaredFields()).anyMatch(NativeImageMetadata::isJackson)
                    || Stream.of(type.getDeclaredMethods()).anyMatch(NativeImageMetadata::isJackson)
                    || Stream.of(type.getDeclaredConstructors()).anyMatch(NativeImageMetadata::isJackson);
        } catch (NoClassDefFoundError e) {
            return false; // refers to a class not on this class path: not one Jackson binds here
        }
    }

    private static boolean isJackson(AnnotatedElement element) {
        for (Annotation annotation : element.getDeclaredAnnotations()) {
            if (annotation.annotationType().getName().startsWith(JACKSON_ANNOTATIONS)) {
                return true;
            }
        }
        return false;
    }

    static List<String> classNames(Path classes) throws IOException {
        Path root = classes.resolve("dev/mms");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace('\\', '/'))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .filter(n -> !n.endsWith("package-info") && !n.endsWith("module-info"))
                    .sorted()
                    .toList();
        }
    }

    /** Every file of the jar but classes and native-image metadata, as a path relative to the jar's root. */
    static List<String> resources(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> classes.relativize(f).toString().replace('\\', '/'))
                    .filter(n -> !n.endsWith(".class") && !n.startsWith("META-INF/"))
                    .sorted()
                    .toList();
        }
    }

    private static String reflectConfig(List<String> types) {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < types.size(); i++) {
            json.append("  {\"name\": \"").append(types.get(i)).append("\", ")
                    .append("\"allDeclaredConstructors\": true, \"allPublicConstructors\": true, ")
                    .append("\"allDeclaredMethods\": true, \"allPublicMethods\": true, ")
                    .append("\"allDeclaredFields\": true, \"allPublicFields\": true}")
                    .append(i + 1 < types.size() ? ",\n" : "\n");
        }
        return json.append("]\n").toString();
    }

    private static String resourceConfig(List<String> resources) {
        Map<String, String> patterns = new TreeMap<>();
        for (String resource : resources) {
            patterns.put(resource, "\\\\Q" + resource + "\\\\E");
        }
        StringBuilder json = new StringBuilder("{\n  \"resources\": {\n    \"includes\": [\n");
        int i = 0;
        for (String pattern : patterns.values()) {
            json.append("      {\"pattern\": \"").append(pattern).append("\"}")
                    .append(++i < patterns.size() ? ",\n" : "\n");
        }
        return json.append("    ]\n  }\n}\n").toString();
    }
}
