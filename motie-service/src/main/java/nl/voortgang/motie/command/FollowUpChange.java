package nl.voortgang.motie.command;

import nl.voortgang.command.domain.DatedChange;
import nl.voortgang.contracts.motie.FollowUpKind;

/** A dated command on an existing motie or toezegging, made against the version the client last saw (or any version when null). */
public interface FollowUpChange {

    String itemId();

    FollowUpKind kind();

    Long expectedVersion();

    DatedChange change();
}
