package org.corroborate.gazetteer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.corroborate.api.Span;

/**
 * A place a sentence states that the gazetteer does not know: "A man was killed by a bus in Leeds
 * on Tuesday", «قتل شخصان في بلدة كفر نبل». The count claim then carries these words as its
 * location, with no key, rather than the place of an earlier sentence (Madrid).
 *
 * <p>Read conservatively, because a wrong place is worse than none:
 * <ul>
 * <li>English: "in/near/at/outside the town (village, city, district, province, county, camp, …)
 * of <i>Name</i>", or "in/near/at/outside <i>Name</i>" where the capitalised words are followed by the
 * sentence's end, punctuation, or a word that cannot continue a noun phrase ("on", "and",
 * "after", "district"): "in Leeds on Tuesday", "near Damboa, in the north-east"; not "in Syrian
 * custody", "in Israeli strikes" (a noun follows), not "in March", "in Tuesday's attack",
 * "in Parliament", not an acronym ("in UN custody").</li>
 * <li>Arabic: only after a word saying what kind of place follows, with في or the clitic ب:
 * «في مدينة X», «ببلدة X», «قرب قرية X», «في محافظة X», «في مخيم X». A bare «في X» is not read:
 * nothing in the script marks a proper noun, and «في X» is mostly not a place. X is one word, two
 * when the first opens a compound name (كفر، بيت، دير، عين، تل، أبو …: «في قرية بيت أمر»); never
 * a word that describes rather than names («في مدينة أخرى»، «في قرية مجاورة»).</li>
 * </ul>
 * The caller decides what wins: a known place in the same sentence does (it has a key and may
 * contain the stated one: "in the village of Kafr Nabl in Idlib province").
 */
public final class StatedPlaces {

    private static final String UPPER_WORD =
            "(?:(?:al|el|ad|as|ash|ar|an|at|az)-)?\\p{Lu}[\\p{L}\\p{M}'’]*(?:-\\p{L}[\\p{L}\\p{M}'’]*)*";
    private static final String KINDS = "town|village|city|district|province|county|region|camp|neighbourhood"
            + "|neighborhood|suburb|hamlet|municipality|governorate|state|island|port|settlement|area";
    private static final Pattern ENGLISH = Pattern.compile(
            "(?<![\\p{L}\\p{Nd}])(?i:in|near|outside|at)\\s+(?:(?i:the)\\s+(?<kind>(?i:" + KINDS + "))\\s+of\\s+)?"
                    + "(?<name>" + UPPER_WORD + "(?:\\s+(?:(?:de|del|da|do|dos|di|van|von)\\s+)?" + UPPER_WORD + "){0,3})");

    /** Words after "in Name" that end the name: a preposition, a conjunction, a time, a kind of place. */
    private static final Set<String> ENDS_NAME = Set.of("on", "in", "at", "near", "and", "after", "when", "as",
            "early", "late", "earlier", "last", "this", "while", "following", "during", "overnight", "yesterday",
            "today", "where", "which", "since", "before", "by", "with", "from", "amid", "said", "says", "the", "a",
            "an", "hours", "days", "weeks", "months", "later", "ago", "again", "too", "also", "until", "to", "for",
            "that", "who", "but", "or", "then", "than", "because", "into", "toward", "towards", "against",
            "district", "province", "county", "region", "town", "village", "city", "area", "camp", "state",
            "municipality", "governorate", "neighbourhood", "neighborhood", "suburb", "regency", "subdistrict",
            "sub-district", "prefecture", "department");

    /** Capitalised words after "in" that are not places. */
    private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those",
            "parliament", "congress", "court", "senate", "english", "arabic", "french", "hebrew", "islam", "god",
            "ramadan", "christmas", "easter", "eid", "dawn", "noon", "midnight", "operation", "he", "she", "it",
            "they", "we", "i", "one",
            "two", "three", "some", "many", "all", "both", "mr", "mrs", "ms", "dr", "president", "prime", "minister",
            "police", "army", "government", "state", "year", "years", "spring", "summer", "autumn",
            "winter", "covid", "court's", "cabinet", "office", "hospital", "university", "school");

    private static final Pattern WORD = Pattern.compile("\\S+");

    /** Words that open a name but are none alone: "in North Kivu", "in Central Java", not "in North". */
    private static final Set<String> OPENERS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "new", "upper", "lower", "greater");

    private static final String AR_KINDS = "مدينة|بلدة|قرية|محافظة|مخيم|حي|ناحية|مديرية|ولاية";
    private static final String AR_WORD = "[\\u0621-\\u064A\\u0671-\\u06D3][\\u0621-\\u065F\\u0670-\\u06D3\\u0640]*";
    private static final Pattern ARABIC = Pattern.compile(
            "(?<![\\u0621-\\u065F\\u0670-\\u06D3])(?:(?:و?في|قرب|بالقرب\\s+من|داخل)\\s+|و?ب)(?:" + AR_KINDS + ")\\s+"
                    + "(?<name>" + AR_WORD + ")(?:\\s+(?<second>" + AR_WORD + "))?");

    /** Words that open a compound Arabic place name: «كفر نبل», «بيت حانون», «عين عيسى». */
    private static final Set<String> AR_OPENERS = Set.of("كفر", "بيت", "دير", "عين", "تل", "بني", "جسر", "رأس",
            "راس", "خان", "أبو", "ابو", "أم", "ام", "بئر", "بير", "جبل", "وادي", "سيدي", "مجدل", "برج", "قلعة",
            "حمام", "سوق", "باب", "مرج", "عرب", "الشيخ", "شيخ", "قصر", "تلة", "تيزي", "أولاد", "اولاد", "خميس", "حاسي",
            "ذراع");

    /** Words after «في مدينة» that describe or point rather than name. */
    private static final Set<String> AR_NOT_NAMES = Set.of("أخرى", "اخرى", "نفسها", "ذاتها", "مجاورة", "المجاورة",
            "قريبة", "القريبة", "صغيرة", "الصغيرة", "كبيرة", "الكبيرة", "واحدة", "جديدة", "تابعة", "التابعة", "واقعة",
            "الواقعة", "هذه", "تلك", "التي", "الذي", "على", "عن", "من", "في", "إلى", "الى", "مع", "بين", "قرب",
            "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "وسط", "حدودية", "الحدودية", "ساحلية",
            "الساحلية", "نائية", "النائية", "سكنية", "السكنية", "عربية", "كردية", "مسيحية", "سورية", "عراقية",
            "يمنية", "لبنانية", "فلسطينية", "ليبية", "سودانية", "مصرية", "ريفية", "الريفية", "فيها", "بها", "كانت",
            "كان", "تقع", "يقع", "لم", "لا", "قد", "أو", "او", "ثم", "حيث", "بعد", "قبل", "خلال", "منذ", "عند",
            "الشمالية", "الجنوبية", "الشرقية", "الغربية", "القديمة", "قديمة", "المحتلة", "محتلة", "المنكوبة",
            "المذكورة", "ذات", "ذاته", "نفسه", "ثانية", "الثانية", "ثالثة", "الثالثة", "أولى", "الأولى", "رئاسية",
            "الرئيس", "الأمن", "أمن", "صحة", "الصحة", "شرطة", "الشرطة", "الدفاع", "التربية", "تربية", "المرور", "الزراعة",
            "الإعلام", "الاعلام", "الأوقاف", "الجنسية", "السجون", "الاستخبارات", "الجوازات", "الإحصاء", "البلدية");

    private StatedPlaces() {
    }

    /** A place stated in {@code text} within {@code [from, to)}: its words and original span, first found. */
    public record Stated(String text, Span span) {
    }

    /**
     * The first place stated in {@code [from, to)} that the gazetteer did not know, or null.
     * {@code taken} says whether a span is already something else the gazetteer knows (a
     * nationality, a named group: "in Houthi attacks").
     */
    public static Stated find(String text, int from, int to, java.util.function.Predicate<Span> taken) {
        Stated english = english(text, from, to, taken);
        Stated arabic = arabic(text, from, to, taken);
        if (english == null) {
            return arabic;
        }
        return arabic == null || english.span().start() <= arabic.span().start() ? english : arabic;
    }

    private static Stated english(String text, int from, int to, java.util.function.Predicate<Span> taken) {
        Matcher m = ENGLISH.matcher(text).region(from, to);
        while (m.find()) {
            int start = afterPossessor(text, m.start("name"), m.end("name"));
            int end = nameEnd(text, start, m.end("name"));
            if (end <= start) {
                continue;
            }
            String name = text.substring(start, end);
            if (m.group("kind") == null && !endsName(text, end, to)) {
                continue;
            }
            if (name.endsWith("'s") || name.endsWith("’s") || acronym(name) || taken.test(new Span(start, end))) {
                continue;
            }
            return new Stated(name, new Span(start, end));
        }
        return null;
    }

    /** Past a possessor that is a word of its own: "in Kenya's Tana River county" names Tana River. */
    private static int afterPossessor(String text, int start, int end) {
        Matcher w = WORD.matcher(text).region(start, end);
        int from = start;
        while (w.find()) {
            String word = w.group();
            if ((word.endsWith("'s") || word.endsWith("’s")) && w.end() < end
                    && !NOT_PLACES.contains(word.substring(0, word.length() - 2).toLowerCase(Locale.ROOT))) {
                from = w.end();
                while (from < end && Character.isWhitespace(text.charAt(from))) {
                    from++;
                }
            }
        }
        return from;
    }

    /**
     * The name's end, cut before a word that is not a place ("in Leeds Tuesday"); {@code start} when
     * its first word is one, or when the name would end on a word that only opens one ("in North").
     */
    private static int nameEnd(String text, int start, int end) {
        Matcher w = WORD.matcher(text).region(start, end);
        int last = start;
        boolean opened = false;
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT).replaceAll("[’']s$", "");
            if (NOT_PLACES.contains(word)) {
                break;
            }
            opened = OPENERS.contains(word);
            last = w.end();
        }
        return opened ? start : last;
    }

    /** After "in Name": the sentence's end, punctuation, or a word that ends a name. */
    private static boolean endsName(String text, int end, int to) {
        int i = end;
        while (i < to && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= to) {
            return true;
        }
        char c = text.charAt(i);
        if (!Character.isLetterOrDigit(c)) {
            return c != '\'' && c != '’' && c != '-';
        }
        int j = i;
        while (j < to && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) {
            j++;
        }
        return ENDS_NAME.contains(text.substring(i, j).toLowerCase(Locale.ROOT));
    }

    private static boolean acronym(String name) {
        return name.length() <= 5 && name.equals(name.toUpperCase(Locale.ROOT));
    }

    private static Stated arabic(String text, int from, int to, java.util.function.Predicate<Span> taken) {
        Matcher m = ARABIC.matcher(text).region(from, to);
        while (m.find()) {
            String first = m.group("name");
            if (AR_NOT_NAMES.contains(first)) {
                continue;
            }
            int start = m.start("name");
            int end = m.end("name");
            String second = m.group("second");
            if (second != null && AR_OPENERS.contains(first) && !AR_NOT_NAMES.contains(second)) {
                end = m.end("second");
            }
            Span span = new Span(start, end);
            if (taken.test(span)) {
                continue;
            }
            return new Stated(text.substring(start, end), span);
        }
        return null;
    }
}
