package nl.voortgang.localstack;

import java.nio.file.Path;

/**
 * One of the Spring Boot services the local stack runs, built as {@code <module>/target/<module>-<version>-exec.jar};
 * {@code database} is null for one that keeps nothing (the identity provider).
 */
record ServiceDefinition(String name, int port, String database, String portVariable) {

    static final String VERSION = "0.1.0-SNAPSHOT";

    Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve(name).resolve("target").resolve(jarFileName());
    }

    String jarFileName() {
        return name + "-" + VERSION + "-exec.jar";
    }
}
