package nl.voortgang.testsupport;

public final class Ports {

    private Ports() {
    }

    public static int freePort() {
        return nl.voortgang.infra.Ports.freePort();
    }

    public static boolean isFree(int port) {
        return nl.voortgang.infra.Ports.isFree(port);
    }
}
