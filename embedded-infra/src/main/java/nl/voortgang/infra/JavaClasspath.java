package nl.voortgang.infra;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
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

    /** The classpath with the location of the given class added, unless it is there already. */
    static String including(String classpath, Class<?> type) {
        Set<String> entries = new LinkedHashSet<>(List.of(classpath.split(File.pathSeparator)));
        locationOf(type).ifPresent(location -> entries.add(location.toString()));
        return String.join(File.pathSeparator, entries);
    }

    /**
     * Only the jars of the classpath, plus a jar holding the given main class (written to {@code jarDirectory} when the
     * class is not in a jar already). Class data sharing archives accept jars only, not class directories.
     */
    static String jarsOnlyIncluding(String classpath, Class<?> mainClass, Path jarDirectory) throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.endsWith(".jar")) {
                entries.add(entry);
            }
        }
        Optional<Path> location = locationOf(mainClass);
        if (location.isPresent() && location.get().toString().endsWith(".jar")) {
            entries.add(location.get().toString());
        } else {
            entries.add(jarWith(mainClass, jarDirectory).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path jarWith(Class<?> mainClass, Path jarDirectory) throws IOException {
        String entryName = mainClass.getName().replace('.', '/') + ".class";
        byte[] classBytes;
        try (InputStream in = mainClass.getClassLoader().getResourceAsStream(entryName)) {
            if (in == null) {
                throw new IOException("Cannot read the class file of " + mainClass.getName());
            }
            classBytes = in.readAllBytes();
        }
        Files.createDirectories(jarDirectory);
        Path jar = jarDirectory.resolve(mainClass.getSimpleName() + "-" + Integer.toHexString(Arrays.hashCode(classBytes)) + ".jar");
        if (Files.exists(jar)) {
            return jar;
        }
        Path temporary = Files.createTempFile(jarDirectory, mainClass.getSimpleName(), ".tmp");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(temporary))) {
            JarEntry entry = new JarEntry(entryName);
            entry.setTime(0);
            out.putNextEntry(entry);
            out.write(classBytes);
            out.closeEntry();
        }
        Files.move(temporary, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return jar;
    }

    private static Optional<Path> locationOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath().normalize());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
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
