package nl.voortgang.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes an executable jar with one stand-in class, so that tests run real service processes that start in a blink. */
final class ServiceJars {

    private ServiceJars() {
    }

    static void write(Path jar, Class<?> mainClass) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass.getName());
        String entryName = mainClass.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream classFile = mainClass.getClassLoader().getResourceAsStream(entryName)) {
            out.putNextEntry(new JarEntry(entryName));
            classFile.transferTo(out);
            out.closeEntry();
        }
    }
}
