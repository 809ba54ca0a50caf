package nl.voortgang.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

final class TestDirectories {

    private TestDirectories() {
    }

    static Path fresh(String name) {
        try {
            Path parent = Path.of("target", "test-data").toAbsolutePath();
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
