package nl.voortgang.localstack;

/** Stands in for a service that fails at start-up. */
public final class CrashingService {

    private CrashingService() {
    }

    public static void main(String[] args) {
        System.out.println("APPLICATION FAILED TO START: no database schema");
        System.exit(3);
    }
}
