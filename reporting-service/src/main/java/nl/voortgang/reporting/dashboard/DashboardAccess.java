package nl.voortgang.reporting.dashboard;

import java.util.Collection;
import java.util.Optional;
import nl.voortgang.security.Caller;
import nl.voortgang.security.Ministries;

/**
 * What the logged-in user may do, as the pages ask it: show the forms an editor of OCW may use on an OCW activity,
 * hide them elsewhere. It mirrors the command services' rule (docs/adr/0013) only to spare the user a form that
 * would be refused; the command service decides.
 */
public record DashboardAccess(Optional<Caller> caller, Ministries ministries) {

    public boolean loggedIn() {
        return caller.isPresent();
    }

    public String displayName() {
        return caller.map(Caller::displayName).orElse("");
    }

    public boolean mayRegister() {
        return caller.map(Caller::isProgrammeAdmin).orElse(false);
    }

    public boolean mayChange(Collection<String> responsible) {
        return caller.map(user -> user.mayChangeWhatBelongsTo(ministries.of(responsible))).orElse(false);
    }
}
