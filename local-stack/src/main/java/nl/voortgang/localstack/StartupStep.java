package nl.voortgang.localstack;

/**
 * Work the local stack does once all services answer, such as loading example data. Implementations are found with
 * {@link java.util.ServiceLoader}: list them in {@code META-INF/services/nl.voortgang.localstack.StartupStep}.
 */
public interface StartupStep {

    /** {@code loadNap} is false when the stack was started with VOORTGANG_LOAD_NAP=false. */
    void run(Endpoints endpoints, boolean loadNap) throws Exception;
}
