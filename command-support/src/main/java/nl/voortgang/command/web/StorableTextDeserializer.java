package nl.voortgang.command.web;

import nl.voortgang.command.domain.StorableText;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Reads every string of a request body, at any depth and in any list, and refuses one that cannot be stored
 * faithfully (see {@link StorableText}). Registered once for the web's JSON mapper, it covers every text field of
 * every command, including fields added later.
 */
class StorableTextDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String value = super.deserialize(parser, context);
        StorableText.check(value).ifPresent(unstorable -> {
            throw new UnstorableTextException(parser, unstorable);
        });
        return value;
    }

    /** Carries the character found; Jackson adds the path of the field as the exception travels up. */
    static final class UnstorableTextException extends MismatchedInputException {

        private final transient StorableText.Unstorable unstorable;

        UnstorableTextException(JsonParser parser, StorableText.Unstorable unstorable) {
            super(parser, "text with " + unstorable.code() + " at position " + unstorable.position(), String.class);
            this.unstorable = unstorable;
        }

        StorableText.Unstorable unstorable() {
            return unstorable;
        }
    }
}
