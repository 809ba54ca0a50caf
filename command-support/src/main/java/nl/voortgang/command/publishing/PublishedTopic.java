package nl.voortgang.command.publishing;

/**
 * The one topic a command service forwards its events to, named by a constant of
 * {@link nl.voortgang.contracts.Topics} in the service's own configuration, so that producer and
 * consumers can never spell it differently.
 */
public record PublishedTopic(String name) {
}
