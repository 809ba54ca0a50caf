package nl.voortgang.command.web;

import nl.voortgang.command.domain.StorableText;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;

/** The names in a map of a request body (key figures, for example) are stored text too, and refused the same way. */
class StorableTextKeyDeserializer extends KeyDeserializer {

    @Override
    public Object deserializeKey(String key, DeserializationContext context) {
        StorableText.check(key).ifPresent(unstorable -> {
            throw new StorableTextDeserializer.UnstorableTextException(context.getParser(), unstorable);
        });
        return key;
    }
}
