package nl.voortgang.ledger;

import java.util.List;

/**
 * What the verifier found. Intact: the chain recomputed from today's event store matches the
 * ledger up to {@code position} with {@code hash}. Otherwise {@code firstBreak} says where and how
 * it breaks. {@code digests} tells for each digest handed out whether it is still a prefix of the
 * recomputed chain; {@code pending} counts stored events the ledger has not reached yet.
 */
public record Verification(boolean intact, long position, String hash, Break firstBreak, List<DigestCheck> digests,
        long pending) {

    public enum Kind { CHANGED, REMOVED, INSERTED, MOVED }

    /** The first place the chain breaks: the ledger position, the event and what happened to it. */
    public record Break(long position, long globalIndex, String eventId, Kind kind, String detail) {
    }

    /** One digest and whether today's chain still has that hash at that position. */
    public record DigestCheck(Digest digest, boolean holds, String detail) {
    }

    public boolean digestsHold() {
        return digests.stream().allMatch(DigestCheck::holds);
    }

    /** One line for an operator: "intact up to position N, hash H" or where it breaks. */
    public String summary() {
        String chain = intact ? "intact up to position " + position + ", hash " + hash
                : "broken at position " + firstBreak.position() + " (global index " + firstBreak.globalIndex() + ", event "
                + firstBreak.eventId() + "): " + firstBreak.kind().name().toLowerCase() + "; " + firstBreak.detail();
        long failing = digests.stream().filter(d -> !d.holds()).count();
        return chain + "; " + digests.size() + " digests checked, " + failing + " no longer verify"
                + (pending > 0 ? "; " + pending + " events not yet in the ledger" : "");
    }
}
