package nl.voortgang.reporting.history;

import java.util.List;

/** The state of one entity after a number of events; what one history row holds. */
public sealed interface EntityState permits ActivityState, FollowUpState {

    String id();

    EntityType type();

    String status();

    List<String> responsible();

    long version();

    EntityState withVersion(long version);
}
