package org.corroborate.extract.count;

import java.util.List;
import java.util.Locale;

import org.corroborate.api.CountClaim;
import org.corroborate.rules.Examples;
import org.corroborate.rules.OptionalKey;
import org.corroborate.rules.Problems;
import org.corroborate.rules.Rule;
import org.corroborate.rules.RuleFile;
import org.corroborate.rules.RulePacks;

/**
 * A {@code claims} rule file: what turns a number into a count claim. Words are matched on the
 * normalised text (one-letter proclitics و، ف، ب، ل allowed in front, see {@code proclitics}).
 *
 * <ul>
 *   <li>{@code actions}: the words that say what befell a group, and where they stand:
 *       {@code before} the group (مقتل ثلاثة، killed four), {@code after} it (لقوا حتفهم،
 *       were killed), {@code either}, or {@code noun} — a result noun after the number that is
 *       the group itself (خمسة قتلى، 27 dead);</li>
 *   <li>{@code subjects}: the nouns that say who was counted, with their category; {@code
 *       singular} forms count 1 without a number (قُتل شرطي، an interpreter);</li>
 *   <li>{@code events}: the nouns that say what happened (انفجار → bombing);</li>
 *   <li>{@code parts}: words that open a part of the group before (بينهم، including);</li>
 *   <li>{@code others}: words that count more of the group before (آخرون، others);</li>
 *   <li>{@code attackers}: nouns for the attacker, whose own death is a casualty too;</li>
 *   <li>{@code not_counted}: words after a number that make it something other than people
 *       (عاما، دولار، percent);</li>
 *   <li>{@code links}: conjunctions joining groups (و، and);</li>
 *   <li>{@code function_words}: words that may follow a bare count (في، منهم، were, in): any
 *       other word there that is no subject is counted instead of people (ثلاثة منتجات), and
 *       the number is dropped;</li>
 *   <li>{@code announced_by}: words that, standing before a group and its date, make the date
 *       the day the claim was announced rather than the day it happened (أعلنت، إنها، said that).</li>
 * </ul>
 */
public record CountRules(List<ActionRule> actions, List<SubjectRule> subjects, @OptionalKey List<EventRule> events,
                         List<String> parts, List<String> others, List<String> attackers,
                         List<String> notCounted, @OptionalKey List<String> proclitics,
                         @OptionalKey List<String> links, @OptionalKey List<String> announcedBy,
                         @OptionalKey List<String> functionWords,
                         List<String> negativeExamples) implements RuleFile {

    public CountRules {
        events = events == null ? List.of() : List.copyOf(events);
        proclitics = proclitics == null ? List.of() : List.copyOf(proclitics);
        links = links == null ? List.of() : List.copyOf(links);
        announcedBy = announcedBy == null ? List.of() : List.copyOf(announcedBy);
        functionWords = functionWords == null ? List.of() : List.copyOf(functionWords);
    }

    /** Where an action word stands relative to the group it counts. */
    public enum Position {
        BEFORE, AFTER, EITHER, NOUN;

        boolean before() {
            return this == BEFORE || this == EITHER;
        }

        boolean after() {
            return this == AFTER || this == EITHER;
        }
    }

    public record ActionRule(String id, String name, String action, Position position, List<String> words,
                             Examples examples) implements Rule {
        public ActionRule {
            words = List.copyOf(words);
        }

        CountClaim.Action parsedAction() {
            return CountClaim.Action.fromWire(action);
        }
    }

    /**
     * Who was counted: plural (and any) {@code words}; {@code singular} forms count 1 without a
     * number; {@code dual} forms count 2 where the number rules do not already read them.
     */
    public record SubjectRule(String id, String name, String category, List<String> words,
                              @OptionalKey List<String> singular, @OptionalKey List<String> dual,
                              Examples examples) implements Rule {
        public SubjectRule {
            words = List.copyOf(words);
            singular = singular == null ? List.of() : List.copyOf(singular);
            dual = dual == null ? List.of() : List.copyOf(dual);
        }

        CountClaim.Category parsedCategory() {
            return CountClaim.Category.fromWire(category);
        }
    }

    public record EventRule(String id, String name, String kind, List<String> words, Examples examples) implements Rule {
        public EventRule {
            words = List.copyOf(words);
        }

        CountClaim.EventKind parsedKind() {
            return CountClaim.EventKind.valueOf(kind.toUpperCase(Locale.ROOT));
        }
    }

    @Override
    public void validate(Problems problems, RulePacks packs) {
        for (int i = 0; i < actions.size(); i++) {
            try {
                actions.get(i).parsedAction();
            } catch (IllegalArgumentException e) {
                problems.at("actions/" + i + "/action", "unknown action '" + actions.get(i).action()
                        + "' (killed, wounded, missing, kidnapped, displaced, arrested)");
            }
        }
        for (int i = 0; i < subjects.size(); i++) {
            try {
                subjects.get(i).parsedCategory();
            } catch (IllegalArgumentException e) {
                problems.at("subjects/" + i + "/category", "unknown category '" + subjects.get(i).category() + "'");
            }
        }
        for (int i = 0; i < events.size(); i++) {
            try {
                events.get(i).parsedKind();
            } catch (IllegalArgumentException e) {
                problems.at("events/" + i + "/kind", "unknown event kind '" + events.get(i).kind() + "'");
            }
        }
    }
}
