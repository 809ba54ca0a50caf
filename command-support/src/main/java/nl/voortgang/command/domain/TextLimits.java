package nl.voortgang.command.domain;

/**
 * The lengths both command services accept for the texts they share. Each limit is written once and read by the
 * request records' {@code @Size} and by the imports' {@code RowCheck}, so a form and an uploaded file refuse the
 * same values.
 */
public final class TextLimits {

    /** A programme's short name, such as NAP. */
    public static final int PROGRAMME = 50;

    /** A description, text, explanation or reason: long enough for a letter's paragraph. */
    public static final int LONG_TEXT = 10_000;

    private TextLimits() {
    }
}
