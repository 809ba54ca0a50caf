package nl.voortgang.reporting.history;

/** Optional narrowing of a list of entities; null means "any". */
record EntityFilter(Integer actionLine, String status, String responsible) {

    static final EntityFilter NONE = new EntityFilter(null, null, null);
}
