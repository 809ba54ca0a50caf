package nl.voortgang.command.actor;

/** Where new entity ids come from; injected so tests can choose them. */
@FunctionalInterface
public interface IdGenerator {

    String newId();
}
