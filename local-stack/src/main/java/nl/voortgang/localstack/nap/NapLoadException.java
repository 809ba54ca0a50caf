package nl.voortgang.localstack.nap;

/** A row of the NAP data that a service refused, or could not be read; the message names the file and line. */
final class NapLoadException extends RuntimeException {

    NapLoadException(String message) {
        super(message);
    }
}
