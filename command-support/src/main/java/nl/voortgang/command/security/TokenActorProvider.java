package nl.voortgang.command.security;

import nl.voortgang.command.actor.ActorProvider;
import nl.voortgang.security.Caller;

/**
 * The actor of a change is the verified token's subject: stable across renames, unlike the display name, which
 * travels beside it as event metadata. A write without a token never gets this far (the filter chain refuses it).
 */
public final class TokenActorProvider implements ActorProvider {

    @Override
    public String currentActor() {
        return Caller.current().map(caller -> caller.subject())
                .orElseThrow(() -> new IllegalStateException("a write without an authenticated caller reached the web layer"));
    }
}
