package nl.voortgang.contracts;

/** One field an event changed, with its value before and after (null where there was none). */
public record FieldChange(String field, Object before, Object after) {
}
