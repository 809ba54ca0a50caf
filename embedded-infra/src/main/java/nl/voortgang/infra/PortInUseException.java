package nl.voortgang.infra;

public class PortInUseException extends IllegalStateException {

    private final int port;

    public PortInUseException(int port, String usedFor) {
        super("Port " + port + " (" + usedFor + ") is already in use by another process");
        this.port = port;
    }

    public int port() {
        return port;
    }
}
