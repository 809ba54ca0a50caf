package nl.voortgang.command.domain;

import java.util.Optional;

/**
 * Whether text can be stored and shown as it was meant. PostgreSQL's text and jsonb cannot hold U+0000, so one such
 * character in an event stops every read model that tries to store it; the other C0 control characters and DEL
 * (U+007F) show as nothing or as garbage, and half of a surrogate pair is no character at all. Tab, newline and
 * carriage return are ordinary text. The command services refuse the rest at the door, naming where it is.
 */
public final class StorableText {

    private StorableText() {
    }

    /** The first character that cannot be stored faithfully, at a position counted from 1. */
    public record Unstorable(int position, char character, boolean halfOfAPair) {

        public String code() {
            return String.format("U+%04X", (int) character);
        }

        /** The field problem the JSON API answers. */
        public String forField(String field) {
            return halfOfAPair
                    ? "Veld '" + field + "' bevat een half teken (de losse surrogaat " + code() + ") op positie " + position
                            + "; stuur het hele teken (beide helften van het surrogaatpaar) of haal het weg."
                    : "Veld '" + field + "' bevat het stuurteken " + code() + " op positie " + position
                            + ", dat niet bewaard of getoond kan worden; haal het weg (tab, regeleinde en carriage return mogen wel).";
        }

        /** The cell problem an import answers. */
        public String forColumn(String column) {
            return halfOfAPair
                    ? column + " bevat een half teken (de losse surrogaat " + code() + ") op positie " + position
                            + "; zet het hele teken in de cel of haal het weg."
                    : column + " bevat het stuurteken " + code() + " op positie " + position
                            + ", dat niet bewaard of getoond kan worden; haal het weg (tab en regeleinde mogen wel).";
        }
    }

    public static Optional<Unstorable> check(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isRefusedControl(c)) {
                return Optional.of(new Unstorable(i + 1, c, false));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(new Unstorable(i + 1, c, true));
            }
        }
        return Optional.empty();
    }

    private static boolean isRefusedControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }
}
