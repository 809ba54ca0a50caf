package nl.voortgang.activity.command;

/** A command on an existing activity, made against the version the client last saw (or any version when null). */
public interface ActivityChange {

    String activityId();

    Long expectedVersion();

    Recording recording();
}
