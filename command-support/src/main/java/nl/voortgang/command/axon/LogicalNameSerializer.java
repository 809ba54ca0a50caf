package nl.voortgang.command.axon;

import java.util.Optional;
import nl.voortgang.contracts.EventCatalogue;
import nl.voortgang.contracts.EventType;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

/**
 * Axon's Jackson serializer with the event catalogue's logical names: the event store's
 * {@code payload_type} holds {@code ActivityRegistered} and {@code payload_revision} holds
 * {@code 1}, never a Java class name, so a record can be renamed or moved without making stored
 * events unreadable. Names that are not in the catalogue (metadata, snapshots, tokens, and rows
 * stored before V1_0_3 under class names) are read as class names, as Axon does.
 */
final class LogicalNameSerializer extends JacksonSerializer {

    LogicalNameSerializer(Builder builder) {
        super(builder);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        Optional<EventType> published = type == null ? Optional.empty() : EventCatalogue.forClass(type);
        return published.<SerializedType>map(t -> new SimpleSerializedType(t.name(), Integer.toString(t.revision())))
                .orElseGet(() -> super.typeForClass(type));
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        return revisionOf(serializedType)
                .flatMap(revision -> EventCatalogue.forName(serializedType.getName(), revision))
                .map(type -> type.javaType().getName())
                .orElseGet(() -> super.resolveClassName(serializedType));
    }

    private static Optional<Integer> revisionOf(SerializedType serializedType) {
        String revision = serializedType.getRevision();
        if (revision == null || revision.isBlank() || !revision.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(revision));
    }
}
