package nl.voortgang.command.actor;

/**
 * The one place the web layer asks who is acting. Never read from a request body or header;
 * today a configured default, later the authenticated principal.
 */
public interface ActorProvider {

    String currentActor();
}
