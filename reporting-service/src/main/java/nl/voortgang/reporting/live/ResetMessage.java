package nl.voortgang.reporting.live;

/** The data of a {@code reset} message: reload, then follow the stream on from this position. */
record ResetMessage(long position, String generation, String reason) {

    static ResetMessage rebuild(StreamPosition head) {
        return new ResetMessage(head.position(), head.generation(), "rebuild");
    }
}
