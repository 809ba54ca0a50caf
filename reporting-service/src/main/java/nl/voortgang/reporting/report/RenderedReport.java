package nl.voortgang.reporting.report;

/** A report in one format: the bytes and the file name without extension. */
record RenderedReport(String fileName, byte[] content) {
}
