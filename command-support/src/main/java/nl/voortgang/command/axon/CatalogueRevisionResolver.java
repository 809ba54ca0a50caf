package nl.voortgang.command.axon;

import nl.voortgang.contracts.EventCatalogue;
import org.axonframework.serialization.RevisionResolver;

/** The revision of a published event is the one its record declares in the catalogue; other types have none. */
final class CatalogueRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        return EventCatalogue.forClass(payloadType).map(type -> Integer.toString(type.revision())).orElse(null);
    }
}
