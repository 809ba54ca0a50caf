package nl.voortgang.command.actor;

/**
 * The one place the web layer asks who is acting: the verified token's subject, or the import actor for writes
 * through the import channel. Never read from a request body or header.
 */
public interface ActorProvider {

    String currentActor();
}
