package nl.voortgang.command.security;

import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;

/**
 * Copies the caller's display name from a command's metadata onto the events it causes, so that the stored event
 * keeps its {@code actor} (the token's stable subject) and also says, beside it, how the actor was called at the time.
 */
final class ActorNameCorrelation extends SimpleCorrelationDataProvider {

    ActorNameCorrelation() {
        super(CallerOnCommands.ACTOR_NAME);
    }
}
