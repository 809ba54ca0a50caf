package nl.voortgang.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Which ministry each responsible party belongs to. Activities name ministries (OCW, VWS); moties and toezeggingen
 * name bewindspersonen (SOCW is the state secretary of OCW). An editor's token names ministries, so both are
 * compared as ministries. {@code voortgang.security.ministries.<party>=<ministry>} adds to or overrides the defaults
 * after a cabinet change; a party without an entry is a ministry itself.
 */
public final class Ministries {

    static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("MOCW", "OCW"), Map.entry("SOCW", "OCW"), Map.entry("MPVO", "OCW"), Map.entry("MBO", "OCW"),
            Map.entry("MJenV", "JenV"), Map.entry("SJenV", "JenV"), Map.entry("MRB", "JenV"),
            Map.entry("MVWS", "VWS"), Map.entry("SVWS", "VWS"), Map.entry("SLMZ", "VWS"), Map.entry("MLMZ", "VWS"),
            Map.entry("MSZW", "SZW"), Map.entry("SSZW", "SZW"),
            Map.entry("MBZK", "BZK"), Map.entry("SBZK", "BZK"),
            Map.entry("MBZ", "BZ"), Map.entry("MDef", "Def"), Map.entry("SDef", "Def"),
            Map.entry("MFin", "Fin"), Map.entry("SFin", "Fin"), Map.entry("MEZ", "EZ"), Map.entry("MIenW", "IenW"),
            Map.entry("SIenW", "IenW"), Map.entry("MAZ", "AZ"), Map.entry("MP", "AZ"));

    private final Map<String, String> ministryOf;

    public Ministries(Map<String, String> overrides) {
        Map<String, String> mapping = new HashMap<>(DEFAULTS);
        mapping.putAll(overrides);
        this.ministryOf = Map.copyOf(mapping);
    }

    /** The defaults with the overrides of {@code voortgang.security.ministries}. */
    public static Ministries from(Environment environment) {
        return new Ministries(Binder.get(environment)
                .bind("voortgang.security.ministries", Bindable.mapOf(String.class, String.class)).orElse(Map.of()));
    }

    public Set<String> of(Collection<String> parties) {
        Set<String> ministries = new LinkedHashSet<>();
        parties.forEach(party -> ministries.add(ministryOf.getOrDefault(party.strip(), party.strip())));
        return ministries;
    }
}
