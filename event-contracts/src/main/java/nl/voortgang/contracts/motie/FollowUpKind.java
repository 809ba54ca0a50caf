package nl.voortgang.contracts.motie;

/** What parliament attached to the programme: a motion (motie) or a commitment (toezegging). */
public enum FollowUpKind {
    MOTIE,
    TOEZEGGING
}
