package nl.voortgang.command.web;

import java.beans.PropertyEditorSupport;
import nl.voortgang.command.domain.StorableText;

/**
 * The same refusal as {@link StorableTextDeserializer} for text that arrives outside the body: request parameters,
 * path variables and headers. The handler of the resulting type mismatch names the parameter.
 */
class StorableTextEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        StorableText.check(text).ifPresent(unstorable -> {
            throw new IllegalArgumentException("text with " + unstorable.code() + " at position " + unstorable.position());
        });
        setValue(text);
    }
}
