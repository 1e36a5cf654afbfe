package org.corroborate.extract.count;

import org.corroborate.api.CountClaim;

/**
 * A counted group in a sentence, in token indices: the count, who was counted, and (once bound)
 * what befell it. Mutable while a sentence is being read; turned into a claim at the end.
 */
final class Group {
    final int first;
    final int last;
    final CountClaim.Count count;
    CountRules.SubjectRule subject;
    int subjectToken = -1;
    CountClaim.Category category;
    CountClaim.Action action;
    int actionToken = -1;
    /** The last token of the action phrase ("were among the dead"). */
    int actionLast = -1;
    Group partOf;
    /** For "others" (آخرون): the group they are more of. */
    Group like;
    boolean others;
    /** Bound by words that make it a part of a whole of an earlier sentence ("were among the dead"). */
    boolean ofEarlier;
    /** The id of that earlier whole, once found. */
    String earlierWhole;
    /** "his colleague X", "زميله": one person of the kind of the group before. */
    boolean colleague;
    /** "and he was taken into custody": one person named by a pronoun, no arrest of one before it. */
    boolean pronoun;
    /** "said the engineer had been taken into custody": a definite one opening reported words, maybe one told of before. */
    boolean reportedDefinite;
    /** Its noun read by a person ending only ({@code person_endings}): kept only with its action next to it. */
    boolean byEnding;
    /** A part taken from a definite action noun with no group before it («معظم النازحين …، بينهم …»): kept only with an earlier toll. */
    boolean partOfNoun;
    /** Set apart from a whole released ("All but four were freed"): kept only as a part of a kidnapping before it. */
    boolean excepted;
    /** Captives still held of a kidnapping before it ("Four of them are still being held"): dated as that kidnapping. */
    boolean heldOfWhole;
    /** The date of that kidnapping when it was counted in an earlier sentence, else null. */
    org.corroborate.api.ClaimDate wholeDate;
    /** For a group of one read from an ordinal ("a thirteenth"): that ordinal, else 0. */
    long ordinal;
    String id;

    Group(int first, int last, CountClaim.Count count) {
        this.first = first;
        this.last = last;
        this.count = count;
    }

    /** The last token of the group including its subject noun. */
    int end() {
        return Math.max(last, subjectToken);
    }
}
