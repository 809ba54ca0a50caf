package nl.voortgang.contracts;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an event record changed, read from its own components, so that no reader pairs JSON keys
 * by string: every {@code previousX} is paired with {@code X} (or {@code newX}, or the record's
 * method {@code X()} where the event implies the value, as ActivityCompleted implies COMPLETED);
 * every other component that holds a value is a new value. A registration shows every field it
 * set. Who, when and the entity's id are not changes.
 */
final class RecordChanges {

    private static final Set<String> NOT_CHANGES = Set.of("actor", "recordedAt", "effectiveDate", "activityId",
            "motieId", "toezeggingId", "itemId", "kind", "explanation", "reason");
    private static final String PREVIOUS = "previous";

    private RecordChanges() {
    }

    static List<FieldChange> of(DomainEvent event) {
        Map<String, Object> remaining = components(event);
        NOT_CHANGES.forEach(remaining::remove);
        List<FieldChange> changes = new ArrayList<>();
        for (String name : List.copyOf(remaining.keySet())) {
            if (name.startsWith(PREVIOUS) && name.length() > PREVIOUS.length()) {
                String suffix = name.substring(PREVIOUS.length());
                String field = Character.toLowerCase(suffix.charAt(0)) + suffix.substring(1);
                Object after = remaining.containsKey(field) ? remaining.remove(field)
                        : remaining.containsKey("new" + suffix) ? remaining.remove("new" + suffix)
                        : implied(event, field).orElse(null);
                changes.add(new FieldChange(field, remaining.remove(name), after));
            }
        }
        remaining.forEach((field, value) -> {
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                changes.add(new FieldChange(field, null, value));
            }
        });
        return List.copyOf(changes);
    }

    static Optional<String> explanation(DomainEvent event) {
        Map<String, Object> components = components(event);
        Object explanation = components.get("explanation") != null ? components.get("explanation") : components.get("reason");
        return Optional.ofNullable(explanation).map(Object::toString);
    }

    private static Map<String, Object> components(DomainEvent event) {
        Map<String, Object> values = new LinkedHashMap<>();
        RecordComponent[] components = event.getClass().getRecordComponents();
        if (components == null) {
            throw new IllegalArgumentException(event.getClass().getName() + " is not a record");
        }
        for (RecordComponent component : components) {
            values.put(component.getName(), invoke(component.getAccessor(), event));
        }
        return values;
    }

    private static Optional<Object> implied(DomainEvent event, String field) {
        try {
            return Optional.ofNullable(invoke(event.getClass().getMethod(field), event));
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    private static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + accessor.getName() + " of " + target.getClass().getName(), e);
        }
    }
}
