package nl.voortgang.localstack;

import java.time.Duration;

/** How one run of a service ended: its exit code and how long it had run. */
record ServiceExit(int exitCode, Duration ranFor) {

    /** The exit code as the shell shows it, with the signal where the JVM was ended by one (128 + signal number). */
    String describeCode() {
        return exitCode > 128 && exitCode < 160 ? exitCode + " (signal " + (exitCode - 128) + ")" : Integer.toString(exitCode);
    }
}
