package nl.voortgang.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A new directory per test under target/test-data, for the data of the servers a test starts. It is left in place
 * after the run, so that a failed test's server logs can still be read. The tests of embedded-infra and of local-stack
 * both need it; it lives in main code, like the servers it serves, so that no test jar has to be built first.
 */
public final class TestDirectories {

    private TestDirectories() {
    }

    public static Path fresh(String name) {
        try {
            Path parent = Path.of("target", "test-data").toAbsolutePath();
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
