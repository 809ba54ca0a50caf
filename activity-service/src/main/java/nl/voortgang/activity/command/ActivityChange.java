package nl.voortgang.activity.command;

import nl.voortgang.command.domain.DatedChange;

/** A command on an existing activity, made against the version the client last saw (or any version when null). */
public interface ActivityChange {

    String activityId();

    Long expectedVersion();

    DatedChange change();
}
