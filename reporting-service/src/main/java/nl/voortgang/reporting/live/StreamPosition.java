package nl.voortgang.reporting.live;

import java.util.Optional;

/**
 * Where a client is in the stream: a position of one generation of the read models. A rebuild
 * numbers the events anew in a new generation, so a position means something only together with
 * its generation. As an SSE id it reads {@code <generation>-<position>}.
 */
record StreamPosition(String generation, long position) {

    String eventId() {
        return generation + "-" + position;
    }

    /** The position a Last-Event-ID names, or empty when it is not one this stream gave out. */
    static Optional<StreamPosition> parse(String lastEventId) {
        if (lastEventId == null) {
            return Optional.empty();
        }
        int dash = lastEventId.lastIndexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        try {
            long position = Long.parseLong(lastEventId.substring(dash + 1).trim());
            return position < 0 ? Optional.empty()
                    : Optional.of(new StreamPosition(lastEventId.substring(0, dash).trim(), position));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
