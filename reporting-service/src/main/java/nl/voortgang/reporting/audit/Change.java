package nl.voortgang.reporting.audit;

/** One field an event changed, with its value before and after (null where there was none). */
record Change(String field, Object before, Object after) {
}
