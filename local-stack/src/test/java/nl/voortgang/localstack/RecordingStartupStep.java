package nl.voortgang.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

public class RecordingStartupStep implements StartupStep {

    static final String RECORD_FILE = "startup-step.txt";

    @Override
    public void run(Endpoints endpoints, boolean loadNap) throws Exception {
        Files.writeString(endpoints.stateDirectory().resolve(RECORD_FILE), endpoints.toString());
    }
}
