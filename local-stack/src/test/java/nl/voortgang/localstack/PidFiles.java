package nl.voortgang.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the pid files in {@code .voortgang/run} and signals their processes the way a user does in a terminal. */
final class PidFiles {

    private PidFiles() {
    }

    static long pid(Path pidFile) throws IOException {
        return Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
    }

    /** Runs {@code kill -<signal> <pid>} on the process named in the pid file and returns that pid. */
    static long kill(String signal, Path pidFile) throws Exception {
        long pid = pid(pidFile);
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -" + signal + " " + pid).isZero();
        return pid;
    }
}
