package org.corroborate.api;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A counted group of people an event befell: {@code casualty} (killed, wounded, missing, kidnapped,
 * displaced) or {@code arrest} (arrested, also detained, captured). One claim per counted group;
 * never a synthesised total; {@code partOf} names the claim it is a part of ("nine people,
 * including four children").
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "action", "count", "subject", "event", "date", "location", "part_of", "text", "span", "in_title"})
public record CountClaim(String id, Action action, Count count, Subject subject, Event event, ClaimDate date,
                         Location location,
                         @com.fasterxml.jackson.annotation.JsonProperty("part_of") String partOf,
                         String text, Span span,
                         @com.fasterxml.jackson.annotation.JsonProperty("in_title") boolean inTitle) implements Claim {
    public CountClaim {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }

    @Override
    public String type() {
        return action == Action.ARRESTED ? "arrest" : "casualty";
    }

    @Override
    public CountClaim withId(String newId) {
        return new CountClaim(newId, action, count, subject, event, date, location, partOf, text, span, inTitle);
    }

    public CountClaim partOf(String wholeId) {
        return new CountClaim(id, action, count, subject, event, date, location, wholeId, text, span, inTitle);
    }

    /** The same claim with another date ({@code null}: none). */
    public CountClaim withDate(ClaimDate newDate) {
        return new CountClaim(id, action, count, subject, event, newDate, location, partOf, text, span, inTitle);
    }

    /** What befell the group. */
    public enum Action {
        KILLED, WOUNDED, MISSING, KIDNAPPED, DISPLACED, ARRESTED;

        /** The name on the wire, lower case; made once, not at every claim written. */
        private final String wire = name().toLowerCase(java.util.Locale.ROOT);

        @com.fasterxml.jackson.annotation.JsonValue
        public String wire() {
            return wire;
        }

        /**
         * The action of a wire name, in any case. A name already in lower case is found among the wire names, with no upper-case
         * copy made: the count reader asks this of its rules' actions again and again for every sentence it reads.
         */
        public static Action fromWire(String wire) {
            for (Action a : VALUES) {
                if (a.wire.equals(wire)) {
                    return a;
                }
            }
            return valueOf(wire.toUpperCase(java.util.Locale.ROOT));
        }

        private static final Action[] VALUES = values();
    }

    /** A count, encoded like number mentions: {@code value}, or {@code min}/{@code max}, with {@code approximate}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"value", "min", "max", "approximate"})
    public record Count(Long value, Long min, Long max,
                        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean approximate) {
        public Count {
            if (value == null && min == null && max == null) {
                throw new IllegalArgumentException("a count needs a value, a min or a max");
            }
        }

        public static Count exactly(long n) {
            return new Count(n, null, null, false);
        }

        /** The interval this count stands for (CONTRACT.md: approximate N = [0.9N, 1.1N]). */
        @JsonIgnore
        public long lower() {
            if (min != null) {
                return min;
            }
            if (value == null) {
                return 0;
            }
            return approximate ? (long) Math.floor(value * 0.9) : value;
        }

        /** The upper end; {@link Long#MAX_VALUE} when unbounded ("at least N"). */
        @JsonIgnore
        public long upper() {
            if (max != null) {
                return max;
            }
            if (value == null) {
                return Long.MAX_VALUE;
            }
            return approximate ? (long) Math.ceil(value * 1.1) : value;
        }
    }

    /** Who was counted: the words, a closed category, and nationality (ISO 3166 alpha-2) or affiliation when stated. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Subject(String text, Category category, String nationality, String affiliation) {
        public Subject {
            Objects.requireNonNull(category, "category");
        }
    }

    /** The closed subject categories of CONTRACT.md. */
    public enum Category {
        PEOPLE, CIVILIANS, CHILDREN, WOMEN, SOLDIERS, POLICE, SECURITY_FORCES, MILITANTS, ATTACKER, OFFICIALS,
        JOURNALISTS, AID_WORKERS, WORKERS, MIGRANTS, OTHER;

        /** The name on the wire, lower case; made once, not at every claim written. */
        private final String wire = name().toLowerCase(java.util.Locale.ROOT);

        @com.fasterxml.jackson.annotation.JsonValue
        public String wire() {
            return wire;
        }

        /** The category of a wire name, in any case; one in lower case is found with no copy made (as {@link Action#fromWire}). */
        public static Category fromWire(String wire) {
            for (Category c : VALUES) {
                if (c.wire.equals(wire)) {
                    return c;
                }
            }
            return valueOf(wire.toUpperCase(java.util.Locale.ROOT));
        }

        private static final Category[] VALUES = values();
    }

    /** The kind of event and the words that name it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Event(EventKind kind, String text) {
        public Event {
            Objects.requireNonNull(kind, "kind");
        }
    }

    public enum EventKind {
        ATTACK, BOMBING, AIRSTRIKE, SHELLING, CLASHES, RAID, SHOOTING, FLOOD, EARTHQUAKE, FIRE, ACCIDENT, OTHER;

        /** The name on the wire, lower case; made once, not at every claim written. */
        private final String wire = name().toLowerCase(java.util.Locale.ROOT);

        @com.fasterxml.jackson.annotation.JsonValue
        public String wire() {
            return wire;
        }
    }

    /** Where: the words, and the gazetteer key when known. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(String text, String key) {
        public Location {
            Objects.requireNonNull(text, "text");
        }
    }
}
