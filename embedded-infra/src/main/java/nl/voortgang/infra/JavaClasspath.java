package nl.voortgang.infra;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * A classpath that a child JVM can use as it is: absolute paths, with manifest-only jars (as Surefire writes them)
 * expanded into the entries their Class-Path attribute names.
 */
final class JavaClasspath {

    private JavaClasspath() {
    }

    static String ofCurrentJvm() {
        return expand(System.getProperty("java.class.path"));
    }

    static String expand(String classpath) {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                addWithManifestClassPath(Path.of(entry).toAbsolutePath().normalize(), entries);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    static String including(String classpath, Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath().normalize();
            Set<String> entries = new LinkedHashSet<>(List.of(classpath.split(File.pathSeparator)));
            entries.add(location.toString());
            return String.join(File.pathSeparator, entries);
        } catch (URISyntaxException | NullPointerException e) {
            return classpath;
        }
    }

    private static void addWithManifestClassPath(Path entry, Set<String> entries) {
        if (!entries.add(entry.toString()) || !entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
            return;
        }
        for (Path referenced : manifestClassPath(entry)) {
            addWithManifestClassPath(referenced, entries);
        }
    }

    private static List<Path> manifestClassPath(Path jar) {
        List<Path> referenced = new ArrayList<>();
        try (JarFile jarFile = new JarFile(jar.toFile())) {
            Manifest manifest = jarFile.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return referenced;
            }
            URI base = jar.getParent().toUri();
            for (String item : classPath.trim().split("\\s+")) {
                if (!item.isEmpty()) {
                    referenced.add(Path.of(base.resolve(item)).toAbsolutePath().normalize());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return referenced;
        }
        return referenced;
    }
}
