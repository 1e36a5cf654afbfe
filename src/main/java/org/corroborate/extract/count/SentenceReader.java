package org.corroborate.extract.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.corroborate.api.ClaimDate;
import org.corroborate.api.CountClaim;
import org.corroborate.api.DateMention;
import org.corroborate.api.DurationMention;
import org.corroborate.api.Language;
import org.corroborate.api.Mention;
import org.corroborate.api.NumberMention;
import org.corroborate.api.OrdinalMention;
import org.corroborate.api.Span;
import org.corroborate.extract.date.DateRecognizer;
import org.corroborate.text.ArabicNormalizer;
import org.corroborate.text.NormalizedText;
import org.corroborate.text.Token;

/** Reads the count claims of one sentence (see {@link CountClaimFinder}). */
final class SentenceReader {
    private static final int MAX_BEFORE = 8;
    private static final int MAX_AFTER = 6;
    /** The words of an object phrase ("help the injured") taken back from the distance after a group ({@link #objectNoun}). */
    private static final int OBJECT_PHRASE = 3;
    private static final int MAX_SUBJECT_GAP = 4;
    /** How many words an adverbial aside between the verb and its object may run (فجر اليوم الأحد، مساء أمس). */
    private static final int ADVERBIAL_REACH = 4;

    private final CountLexicon lexicon;
    private final boolean english;
    private final String text;
    private final List<Token> tokens;
    /**
     * Where each token starts and ends in the original text, as {@link NormalizedText#toOriginal(int, int)}
     * maps it; two arrays of ints rather than a pair per token, made for every sentence read.
     */
    private final int[] originalStart;
    private final int[] originalEnd;
    private final List<DateMention> dates;
    private final Surroundings around;
    private final Action[] actionEndingAt;
    private final Action[] actionStartingAt;
    private boolean hasAction;
    private CountClaim.Event event;
    private ClaimDate claimedEventDate;
    private boolean eventRead;
    /** The sentence's own place, read once by {@link #location()}: a place the gazetteer does not know costs a scan. */
    private CountClaim.Location place;
    private boolean placeRead;
    private List<Group> groups = List.of();
    /** The groups of the sentence whose action a cancel undid ("rescued 19 others"). */
    private final List<Group> cancelled = new ArrayList<>();
    /** Whether a mention (a number, a date, a duration) of the sentence starts at each token (set in {@link #claims}). */
    private boolean[] numberStart = new boolean[0];
    /** The last token of a duration ("for two days") that starts at each token, else -1 (set in {@link #claims}). */
    private int[] durationEnd = new int[0];

    /** An action phrase found in the sentence, tokens {@code [first, last]}. */
    private record Action(int first, int last, CountRules.ActionRule rule) {
    }

    SentenceReader(CountLexicon lexicon, boolean english, String text, NormalizedText nt, List<Token> tokens,
                   List<DateMention> dates, Surroundings around) {
        this.around = around;
        this.lexicon = lexicon;
        this.english = english;
        this.text = text;
        this.tokens = tokens;
        this.dates = dates;
        this.originalStart = new int[tokens.size()];
        this.originalEnd = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i); // never empty: its end is after its start
            originalStart[i] = nt.toOriginal(t.start());
            originalEnd[i] = nt.toOriginal(t.end() - 1) + 1;
        }
        this.actionEndingAt = new Action[tokens.size()];
        this.actionStartingAt = new Action[tokens.size()];
        findActions();
    }

    /**
     * The sentence's own event date, for the sentences after it: the date its claims took as
     * their event date, else its first resolved date that is not an announcement date.
     */
    ClaimDate eventDate() {
        if (claimedEventDate != null) {
            return claimedEventDate;
        }
        for (DateMention d : dates) {
            if (d.resolved() && !announcedBefore(firstToken(d.span())) && !endsAttribution(d, firstToken(d.span()))) {
                return ClaimDate.of(d, ClaimDate.Role.EVENT);
            }
        }
        return null;
    }

    /** The most precise place the sentence names, or null. */
    CountClaim.Location location() {
        if (!placeRead) {
            place = tokens.isEmpty() ? null : around.location(text, originalStart[0], originalEnd[tokens.size() - 1]);
            placeRead = true;
        }
        return place;
    }

    /**
     * The count claims of the sentence. {@code earlier}: the claims of the paragraph's earlier
     * sentences, whose last whole of the same action a group bound by "were among the dead" is part of.
     * A sentence without an action word has none: every group takes its action from one, so most
     * sentences of an article are not read further. {@code numbers}: the text's, sorted by their start when {@code
     * byStart}, so that only those that start within the sentence are gone over.
     */
    List<CountClaim> claims(List<Mention> numbers, boolean byStart, ClaimDate carried, Supplier<CountClaim.Location> carriedPlace,
                            int idOffset, List<CountClaim> earlier) {
        if (!hasAction) {
            return List.of();
        }
        if (tokens.isEmpty()) {
            numbers = List.of(); // none inside
        } else if (byStart) {
            // one that starts after the sentence's last char is not inside it, one that starts before its first neither
            numbers = numbers.subList(firstStartingAt(numbers, originalStart[0]),
                    firstStartingAt(numbers, originalEnd[tokens.size() - 1] + 1));
        }
        List<Group> groups = new ArrayList<>();
        numberStart = new boolean[tokens.size()];
        durationEnd = new int[tokens.size()];
        java.util.Arrays.fill(durationEnd, -1);
        for (Mention m : numbers) {
            if (insideSentence(m.span())) { // a number, or a duration or date read from one ("over two days")
                int at = firstToken(m.span());
                if (at >= 0) {
                    numberStart[at] = true;
                    if (m instanceof DurationMention) {
                        durationEnd[at] = Math.max(at, lastToken(m.span()));
                    }
                }
            }
        }
        for (Mention m : numbers) {
            if (m instanceof NumberMention n && insideSentence(n.span()) && !isDate(n.span())) {
                Group g = numberGroup(n);
                if (g != null && g.subjectToken < 0 && g.category == null && g.first == g.last && yearLike(g.first)) {
                    continue; // "arrested in the 2021 crackdown", "in mid-2021": a year no date reading took, counting no one
                }
                if (g != null && ageOfOne(g)) {
                    continue; // "A fourth defendant, who was 19 at the time of his arrest": his age, no one counted
                }
                if (g != null && !isEarlierToll(g)) {
                    groups.add(g);
                }
            } else if (m instanceof OrdinalMention o && insideSentence(o.span()) && !isDate(o.span()) && figurePassed(o)) {
                Group g = numberGroup(new NumberMention(o.text(), o.span(), java.math.BigDecimal.valueOf(o.value()), null, null,
                        false, o.rule())); // «عدد المعتقلين تجاوز الستين»: the figure passed, a cardinal
                if (g != null) {
                    groups.add(g);
                }
            } else if (m instanceof OrdinalMention o && insideSentence(o.span()) && !isDate(o.span())) {
                Group g = ordinalGroup(o);
                if (g != null) {
                    groups.add(g);
                }
            }
        }
        groups.addAll(impliedGroups(groups));
        groups.replaceAll(this::kinOfOne);
        if (earlier.stream().anyMatch(c -> c.action() == CountClaim.Action.ARRESTED)) {
            groups.removeIf(g -> g.pronoun); // "Police arrested X. … and he was held at …": the same arrest
        }
        if (!english) {
            // "لقي طفلان شقيقان حتفهما": a dual right after a dual, with no link, describes the same two
            List<Group> all = List.copyOf(groups);
            groups.removeIf(g -> dualAfterDual(g, all) || dualOfNumeral(g, all));
        }
        groups.removeIf(this::isAgent);
        {
            List<Group> all = List.copyOf(groups);
            groups.removeIf(g -> frameOfShare(g, all)); // "Of the 40 passengers on board, 12 were killed": 12, not 40
        }
        groups.sort(Comparator.comparingInt(g -> g.first));
        this.groups = groups;
        cancelled.clear();
        groups.forEach(this::bind);
        groups.forEach(this::participleOfTheWhole);
        {
            List<Group> all = List.copyOf(groups);
            groups.removeIf(g -> wholeOfSameAction(g, all) != null); // "killed six of the 17 soldiers": six killed, not 17
        }
        groups.removeIf(this::chargedInOwnClause); // "Among the 250 detained, 30 were later charged": no arrest of 30
        groups.removeIf(this::stillInHospital); // "41 of the injured remained in hospital": patients
        groups.removeIf(g -> unhurtInOwnClause(g) || caredForNoWound(g)); // "11 were rescued unhurt", "taken to hospital for checks"
        groups.removeIf(this::dischargedRightAfter); // "٣٩ مصاباً غادروا المستشفيات": patients who left hospital
        groups.removeIf(this::victimsOfTaking); // "استولت على مليوني جنيه من ٥٠ ضحية": victims of a fraud, no dead
        groups.removeIf(this::vagueShareOfThem); // "22 others were wounded, several of them critically": their state
        groups.removeIf(this::thingsMissing); // "hundreds of artefacts remain missing": things, no one
        joinCoordinated(groups);
        if (groups.stream().anyMatch(g -> !g.pronoun && g.action == CountClaim.Action.ARRESTED)) {
            groups.removeIf(g -> g.pronoun); // "Police arrested the mayor, and he was held overnight": the same arrest
        }
        bindAttackerToLoneAction(groups);
        bindFramedDeath(groups);
        resolvePartsAndOthers(groups);
        groups.removeIf(g -> evacuatedPatients(g) || g.partOf != null && evacuatedPatients(g.partOf)); // "إجلاء 200 مريض"
        inheritActions(groups, earlier);
        // "Aid reached the displaced, including 300 children": no earlier toll of the displaced, no part of one
        groups.removeIf(g -> g.partOfNoun && earlier.stream().noneMatch(c -> c.action() == g.action));
        groups.removeIf(g -> attackerDeathToldAgain(g, earlier));
        groups.removeIf(g -> bodiesToldAgain(g, earlier));
        // "Police arrested a 19-year-old man … Prosecutor X said the suspect had been detained in Copenhagen": the one told
        // of before, no second claim (dev23-en-015)
        groups.removeIf(g -> g.reportedDefinite && (earlier.stream().anyMatch(c -> c.action() == g.action)
                || groups.stream().anyMatch(o -> o != g && o.action == g.action && o.first < g.first)));
        groups.removeIf(g -> g.byEnding && g.action != null && !actionNextTo(g));
        heldOfAKidnapping(groups, earlier);
        List<Group> kept = groups.stream().filter(g -> g.action != null && g.category != null).toList();
        if (!english && kept.stream().noneMatch(g -> g.action == CountClaim.Action.ARRESTED)) {
            Group resumed = resumedArrest(groups);
            if (resumed != null) { // «بحق 5 متهمين …، بعد أن ضبطتهم الأجهزة الأمنية»: the five, held
                kept = groups.stream().filter(g -> g.action != null && g.category != null).toList();
            }
        }
        for (int i = 0; i < kept.size(); i++) {
            kept.get(i).id = "g" + (idOffset + i + 1); // before any claim is built: a part may precede its whole
        }
        for (Group g : kept) {
            if (g.ofEarlier && g.partOf == null) {
                // "killing 26 passengers; four Chinese nationals were among the dead", in one sentence or two
                g.partOf = kept.stream().filter(w -> w.first < g.first && !w.ofEarlier && w.partOf == null
                        && w.action == g.action && !larger(g, w)).reduce((a, b) -> b).orElse(null);
                g.earlierWhole = g.partOf == null ? earlierWhole(g, earlier) : null;
            }
        }
        List<CountClaim> claims = new ArrayList<>();
        for (Group g : kept) {
            claims.add(claim(g, carried, carriedPlace));
        }
        return claims;
    }

    private Group numberGroup(NumberMention n) {
        int first = firstToken(n.span());
        int last = lastToken(n.span());
        CountClaim.Count count = CountClaimFinder.count(n);
        if (first < 0 || last < first || count == null || Long.valueOf(0).equals(count.value()) && count.max() == null) {
            return null; // "4-0", "صفر": nobody is counted ("No one was hurt" is a cancel, not a count of none)
        }
        if (ageBefore(first)) {
            return null; // "whose age police put at about 19", "aged 19": an age
        }
        if (english && measureJoined(last)) {
            return null; // "a seven-hour siege in which security forces killed": a measure joined by a hyphen, no count of people
        }
        if (english && spelledAgeJoined(last)) {
            return null; // "a three-year-old boy was killed": the boy's age, one boy, not three people
        }
        if (english && numberOfName(first, last)) {
            return null; // "…, according to Article 19.": the number ends a name, counting no one
        }
        if (familyOf(first)) {
            return null; // "a father of three", «وهو أب لثلاثة أطفال»: the one's family, no group that anything befell
        }
        if (first > 0 && count.value() != null && count.min() == null && count.max() == null && !count.approximate()
                && lexicon.exceeds(tokens.get(first - 1).word())) {
            count = new CountClaim.Count(null, count.value() + 1, null, false); // "تجاوز عشرة آلاف": more than ten thousand
        }
        if (last > first && notCountedAt(last) && (lexicon.isFunctionWord(tokens.get(last - 1).word()) || hasDigit(last - 1))) {
            return null; // "قرابة ٩٠ في المئة": the number's own words end in a unit, a share of people, not a count
        }
        if (ageApposition(first, last, count)) {
            Group person = new Group(first, last, CountClaim.Count.exactly(1));
            person.category = CountClaim.Category.PEOPLE;
            return person; // "Ben Salah, 58, was detained": one man, of that age, not 58 people
        }
        if (ageOfOneBefore(first, last, count)) {
            return null; // "A man, 45, was killed", "a woman of 60 died": the age of the one the noun counts
        }
        if (countsEvents(first, last)) {
            return null; // "in one of the three attacks", "في أحد الهجمات الثلاثة": how many events, not people
        }
        if (countsCasesOrEvents(first, last)) {
            return null; // "وفاة شخصين و12 إصابة", "في 298 حادث مرور": injuries or accidents counted, no people to bind
        }
        if (shareOfThingsInSetting(first, last)) {
            return null; // "a soldier was wounded during one of the operations": one operation, not one more person
        }
        for (int k = first + 1; k < last; k++) {
            Action inside = actionStartingAt[k];
            if (inside != null && (inside.rule().position().after() || inside.rule().position() == CountRules.Position.NOUN)) {
                last = k - 1; // "سبعة مفقودين على الأقل": the action word inside a count with a qualifier after it
                break;
            }
        }
        Group g = new Group(first, last, count);
        if (subject(g, last)) {
            return g;
        }
        Action self = actionStartingAt[first];
        Action verbBefore = first > 0 ? actionEndingAt[first - 1] : null;
        if (!english && first == last && self != null && self.last() == first && self.rule().position() == CountRules.Position.NOUN
                && verbBefore != null && verbBefore.rule().position().before()
                && verbBefore.rule().parsedAction() != self.rule().parsedAction() && !verbBefore.rule().isLight()) {
            g.subjectToken = first; // "وفاة جريحين": a dual result noun, the two wounded who died, bound to the verb
            g.category = CountClaim.Category.PEOPLE;
            return g;
        }
        if (!english && first == last && self != null && self.last() == first && self.rule().position() == CountRules.Position.NOUN
                && verbBefore != null && verbBefore.rule().position().before() && verbBefore.rule().isLight()
                && verbBefore.rule().parsedAction() != self.rule().parsedAction()) {
            bindTo(g, self); // "قُتل شخص وسقط جريحان": after a light verb the dual result noun says what befell the two
            g.category = CountClaim.Category.PEOPLE;
            return g;
        }
        for (int k = first + 1; k < last; k++) {
            if (!tokens.get(k).punctuation() && subject(g, k)) {
                return g; // "40 جندياً مالياً على الأقل": the noun inside a count with a qualifier after it
            }
        }
        if (first == last && lexicon.isNotCounted(tokens.get(last).word())) {
            return null; // "سقط صاروخان": a dual that counts things, not people
        }
        Group postposed = postposedNumber(first, last, count);
        if (postposed != null) {
            return postposed;
        }
        if (!english && first > 0 && count.value() != null && count.value() <= 2 && notCountedAt(first - 1)) {
            return null; // "خلال ساعة واحدة": one and two after a noun of things are its adjective
        }
        if (vagueAdjectiveOfThings(first, last, count)) {
            return null; // "اجتاحت مناطق عدة": several areas, the vague word an adjective of the noun of things before it
        }
        if (!english && first == last && first >= 2 && Long.valueOf(1).equals(count.value())
                && lexicon.isPartOriginPreposition(tokens.get(first - 2).word()) && !tokens.get(first - 1).punctuation()
                && lexicon.subject(tokens.get(first - 1).word()) == null && lexicon.singular(tokens.get(first - 1).word()) == null) {
            return null; // "بينهم أربعة من عائلة واحدة": one family, the four's origin, not one more person (dev10-ar-019)
        }
        Action partOf = last + 1 < tokens.size() ? actionStartingAt[last + 1] : null;
        if (partOf != null && partOf.rule().isOfEarlier() && partOf.rule().position() == CountRules.Position.AFTER
                && partOf.last() + 1 < tokens.size() && subject(g, partOf.last() + 1)) {
            bindTo(g, partOf); // "Two of those taken were police officers": who the part are follows its action (N14 of dev13)
            g.ofEarlier = true;
            return g;
        }
        boolean unknownNext = false;
        // "1,860 إصابة بالكوليرا و47 وفاة": the result noun of the next count is not this one's, once
        // an action word stood between them (N15 of dev13)
        boolean passedAction = !english && last + 1 < tokens.size() && actionStartingAt[last + 1] != null
                && actionStartingAt[last + 1].rule().position() != CountRules.Position.NOUN;
        for (int k = last + 1; k < Math.min(tokens.size(), last + 1 + MAX_SUBJECT_GAP); k++) {
            Token t = tokens.get(k);
            if (!english && !t.punctuation() && endsWithPhrase(k, lexicon.subordinators()) > last) {
                return unknownNext ? null : g; // "ارتفع عدد الضحايا إلى خمسة بعدما فارق مسعف الحياة": a clause of its own follows
            }
            if (isHyphenBefore(k, this::notCountedAt)) {
                return null; // "a 9-year-old girl": an age, not a count
            }
            if (english && k == last + 1 && numberStart[k] && k + 2 < tokens.size() && isHyphenBefore(k + 1, this::notCountedAt)) {
                int age = k + 2; // "Two 12-year-old boys were killed": the age between the count and its noun
                if (age + 2 < tokens.size() && tokens.get(age + 1).word().equals("-") && !tokens.get(age + 2).punctuation()) {
                    age += 2; // "-old"
                }
                k = age;
                last = age; // the noun's search starts after the age, as right after the count
                continue;
            }
            if (english && k == last + 1 && lexicon.isLink(t.word()) && k + 1 < tokens.size()
                    && lexicon.isPossessive(tokens.get(k + 1).word())) {
                return g; // "killed a couple and their grandson": the grandson is one more person, not the couple's noun (blind7's kinds)
            }
            if (t.word().equals(".") && k > last + 1 && tokens.get(k - 1).word().contains(".")) {
                continue; // "Two U.S. soldiers": the dot closes an abbreviation
            }
            if (!t.punctuation() && lexicon.isNotCounted(t.word()) && k > last + 1
                    && lexicon.isPartOriginPreposition(tokens.get(k - 1).word()) && isPartMarked(g)) {
                continue; // "بينهم تسعة من مدينة الخليل": a part of a group of people, from a town
            }
            if (!t.punctuation() && lexicon.isNotCounted(t.word()) && k - 1 > last
                    && (lexicon.isCircumstancePreposition(tokens.get(k - 1).word()) || incidentsThing(k, last))) {
                // "وأصيب العشرات في غارات إسرائيلية": the noun after في is where, not what is counted; so is one after
                // في and the incident's noun, «وأصيب العشرات في انفجار سيارة مفخخة»: the car is the thing that blew up
                return unknownNext ? null : g;
            }
            if (k == last + 1 && dateWordAt(k) && !dateWordAt(last)) {
                return g; // "اعتقلت الشرطة اثنين يوم الاثنين": a date of its own after the count, not its unit (يوم)
            }
            if (t.punctuation() || lexicon.isNotCounted(t.word())) {
                return t.punctuation() && !unknownNext ? g : null;
            }
            if (english && k > last + 1 && numberStart[k]) {
                return unknownNext ? null : g; // "wounded 146 over two days": what follows the next number is its own
            }
            if (k == last + 1 && ofThemAfter(g)) {
                if (k + 1 < tokens.size() && !tokens.get(k + 1).punctuation()) {
                    subject(g, k + 1); // "ثلاثة منهم أطفال": who the share are, as "two of them children" reads
                }
                return g; // "ثلاثة منهم": more of the people counted before, whatever follows
            }
            if (k == last + 1 && lexicon.isCaseWord(t.word()) && tollBefore(g) != null) {
                g.category = CountClaim.Category.PEOPLE;
                return g; // "حصيلة حالات الاعتقال … بلغت نحو 4200 حالة": cases of a toll, each one person
            }
            if (k == last + 1) {
                unknownNext = !lexicon.isFunctionWord(t.word()) && actionStartingAt[k] == null && !lexicon.isPart(t.word())
                        && lexicon.event(t.word()) == null;
            }
            if (k == last + 1 && actionStartingAt[k] == null && nationalityAsNoun(k)) {
                g.subjectToken = k; // "including three Chinese", «بينهم ثلاثة صينيين»: the nationality names the people counted
                g.category = CountClaim.Category.PEOPLE;
                return g;
            }
            if (k == last + 1 && actionStartingAt[k] == null && (lexicon.namesPeopleByEnding(t.word())
                    || !english && g.count.value() != null && g.count.value() >= 11 && g.count.value() <= 99 && tanweenFath(k)
                    && lexicon.namesPeopleInAccusative(t.word()))) {
                g.subjectToken = k; // "Gunmen kidnapped two seminarians", «اعتقلت السلطات ستة نقابيين»: people by their ending
                g.category = CountClaim.Category.PEOPLE;
                g.byEnding = true;
                return g;
            }
            if (subject(g, k)) {
                Action between = english && k > last + 1 ? actionStartingAt[last + 1] : null;
                if (between != null && between.last() == k - 1 && between.rule().parsedAction() == CountClaim.Action.WOUNDED
                        && !diedAfterWoundedNoun(g.subjectToken)) {
                    // "21 injured workers were treated in hospital": a wounding participle before the noun says
                    // what befell them, as a result noun would (rule 4: the count is the claim)
                    bindTo(g, between);
                }
                return g;
            }
            if (k == last + 1 && partWordRightBefore(g) && clauseOnBarePart(k)) {
                g.category = CountClaim.Category.PEOPLE;
                return g; // «بينهم ثلاثة يُعتقد أنهم شاركوا في الهجوم», "including two believed to have planted the bomb"
            }
            if (unknownNext && !english && k == last + 1 && arabicObjectOfPersonVerb(first, k)) {
                g.subjectToken = k; // «اعتقلت الشرطة ثلاثة شركاء للمتهم»: those an arrest verb of people took are people
                g.category = CountClaim.Category.PEOPLE;
                g.byEnding = true;
                return g;
            }
            if (unknownNext && english && k <= last + 3 && modifiersBetween(last + 1, k) && partWordRightBefore(g)
                    && agentNounEndingPhrase(k)) {
                g.subjectToken = k; // "arrested 11 people, including two alleged local commanders": a part of people is people
                g.category = CountClaim.Category.PEOPLE;
                return g;
            }
            if (unknownNext && english && (k == last + 1 || k == last + 2 && modifierOfVictim(last + 1))
                    && (victimOfActiveVerb(first, k) || victimOfPassive(k))) {
                g.subjectToken = k; // "The gunman wounded five customers": the count after an active verb is the victim
                g.category = CountClaim.Category.PEOPLE;
                return g;
            }
            Action noun = actionStartingAt[k];
            Action verb = first > 0 ? actionEndingAt[first - 1] : null;
            if (noun != null && noun.rule().position() == CountRules.Position.NOUN && verb != null
                    && verb.rule().position().before() && verb.rule().parsedAction() != noun.rule().parsedAction()
                    && !verb.rule().isLight()) {
                g.subjectToken = k; // "توفي ثلاثة جرحى متأثرين بإصاباتهم": the wounded who died, bound to the verb
                g.category = CountClaim.Category.PEOPLE;
                return g;
            }
            if (noun != null && noun.rule().position() == CountRules.Position.NOUN && !passedAction && numberBetween(last, k)) {
                return null; // "أكثر من 21 ألف حالة اشتباه و43 وفاة": the result noun is the next count's; this one counts cases
            }
            if (noun != null && noun.rule().position() == CountRules.Position.NOUN && !passedAction) {
                Action died = deathOfShare(k, noun);
                Action missing = died == null ? stillMissingAfter(noun) : null;
                bindTo(g, died != null ? died : missing != null ? missing : noun); // "ثلاثة من الجرحى فارقوا الحياة": three of the wounded, who died
                g.category = CountClaim.Category.PEOPLE;
                return g;
            }
            if (lexicon.isOthers(t.word()) && english && k == last + 1 && namesWhoAt(k + 1)) {
                continue; // "recovered four more bodies", "killed two more soldiers": the noun after says who
            }
            if (lexicon.isOthers(t.word())) {
                g.others = true;
                g.subjectToken = k;
                return g;
            }
            if (noun != null && noun.last() + 1 < tokens.size()
                    && (tokens.get(noun.last() + 1).punctuation() || lexicon.isFunctionWord(tokens.get(noun.last() + 1).word()))) {
                // "40 wounded in Israeli strikes": the search stops at a verb, also one of several words
                // ("forced 3,000 to leave their homes": no unit of the count inside it)
                return unknownNext ? null : g;
            }
        }
        return unknownNext ? null : g; // "ثلاثة منتجات", "three awards": the number counts something else
    }

    /**
     * «في انفجار سيارة»: the noun of things at {@code k} bound in construct to the noun of an incident ({@code events})
     * right before it, that one right after a circumstance preposition that comes after the count ending at {@code last}:
     * the incident's own thing (the car that blew up), no one counted. Not one a preposition is written onto
     * («في قصف بطائرة مسيّرة»: how the incident was done, read as before).
     */
    private boolean incidentsThing(int k, int last) {
        int event = k - 1;
        return event - 1 > last && !tokens.get(event).punctuation() && !tokens.get(event - 1).punctuation()
                && lexicon.isCircumstancePreposition(tokens.get(event - 1).word()) && lexicon.event(tokens.get(event).word()) != null
                && !lexicon.hasPrepositionProclitic(tokens.get(k).word());
    }

    /**
     * In English, a group missing whose "of" names things ({@link #thingsAfterOf}): "hundreds of artefacts remain
     * missing", "thousands of documents are still missing" count no one missing.
     */
    private boolean thingsMissing(Group g) {
        return english && g.action == CountClaim.Action.MISSING && g.subjectToken < 0 && g.last + 2 < tokens.size()
                && lexicon.isPartitivePreposition(tokens.get(g.last + 1).word()) && thingsAfterOf(g.last + 2);
    }

    /**
     * In English, the noun phrase at {@code k}, right after a count's "of" ("hundreds of artefacts", "dozens of stolen
     * cars"), names things: up to three plain lower-case words, up to a function word, link, punctuation or action word,
     * none of which names people by the pack (a subject noun, a people ending); not "of the", "of them", "of whom" (a
     * function word first), nor a demonym or a name ("dozens of Palestinians": upper case).
     */
    private boolean thingsAfterOf(int k) {
        int j = k;
        for (; j < Math.min(tokens.size(), k + 3); j++) {
            String w = tokens.get(j).word();
            if (tokens.get(j).punctuation() || lexicon.isFunctionWord(w) || lexicon.isLink(w) || actionStartingAt[j] != null) {
                break;
            }
            if (!Character.isLowerCase(text.codePointAt(originalStart[j])) || !w.chars().allMatch(Character::isLetter)
                    || lexicon.isPartitivePronoun(w) || lexicon.isDefiniteArticle(w) || lexicon.isIndefiniteArticle(w)
                    || lexicon.isPossessive(w) || lexicon.subject(w) != null || lexicon.namesPeopleByEnding(w) || lexicon.isOthers(w)
                    || j + 1 < tokens.size() && !tokens.get(j + 1).punctuation() && lexicon.subject(w, tokens.get(j + 1).word()) != null) {
                return false;
            }
        }
        return j > k;
    }

    /**
     * "A man killed four shoppers", "a driver wounded two pedestrians", "a policeman shot dead two robbers": in English a
     * singular noun right before an active verb of the pack (one that stands before its group) whose object follows
     * (a count, an article, a possessive) is the doer, not one the verb befell. "A soldier wounded in the attack died"
     * has no object after "wounded" and still counts the soldier.
     */
    private boolean doerBeforeActiveVerb(int noun) {
        Action verb = noun + 1 < tokens.size() ? actionStartingAt[noun + 1] : null;
        if (verb == null || !verb.rule().position().before() || verb.rule().isLight() || verb.last() + 1 >= tokens.size()) {
            return false;
        }
        int object = verb.last() + 1;
        Token o = tokens.get(object);
        return !o.punctuation() && (numberStart[object] || lexicon.isIndefiniteArticle(o.word())
                || lexicon.isPossessive(o.word()) || lexicon.isDefiniteArticle(o.word()));
    }

    /**
     * «بينهم ١١ بريطانياً»: an Arabic word with tanween fath whose stem without the accusative alif ({@code
     * accusative_endings}) is a demonym, the counted noun after a number of 11 to 99; the same letters without the
     * tanween may be the country (بريطانيا), which is not read.
     */
    private boolean accusativeDemonym(int k) {
        if (english || !tanweenFath(k)) {
            return false;
        }
        String stem = lexicon.withoutAccusativeEnding(tokens.get(k).word());
        return stem != null && around.gazetteer().nationality(stem, Language.AR).isPresent();
    }

    /**
     * "Gunmen kidnapped five workers, including three Chinese", «بينهم ثلاثة صينيين»: a word right after a count that the
     * gazetteer reads as a nationality, with no noun of the pack's and no further noun after it (punctuation, a function
     * word or the sentence's end next), names the people the count counts. Not "three Chinese workers" (the noun after
     * says who), "Two U.S. soldiers" (an abbreviation, its dot no end of a phrase) nor "three Ukrainian regions" (a noun
     * of things after it).
     */
    private boolean nationalityAsNoun(int k) {
        Token t = tokens.get(k);
        if (t.punctuation() || !t.word().chars().allMatch(Character::isLetter) || lexicon.subject(t.word()) != null
                || lexicon.isFunctionWord(t.word())) {
            return false;
        }
        if (around.nationality(originalStart[k], originalEnd[k]).isEmpty() && !accusativeDemonym(k)) {
            return false;
        }
        return k + 1 >= tokens.size() || tokens.get(k + 1).punctuation() || lexicon.isFunctionWord(tokens.get(k + 1).word());
    }

    /**
     * "The gunman wounded five customers", "a drone killed three shepherds": in English the count right after an active
     * verb of killing or wounding (one that may stand before its group, with no passive auxiliary before it) counts its
     * victims whatever their noun, when that one noun ends the phrase (punctuation, a function word or the end next):
     * the subject before the verb is the doer. Words of {@code not_counted} ("killed three cows") are read before.
     */
    private boolean victimOfActiveVerb(int first, int noun) {
        Action verb = first > 0 ? actionEndingAt[first - 1] : null;
        if (verb == null && first > 1 && lexicon.isLink(tokens.get(first - 1).word())) {
            verb = verbBeforeFirstObject(first - 2);
        }
        if (!english || verb == null || !verb.rule().position().before() || verb.rule().isLight()
                || verb.first() == 0 || lexicon.isPassiveAuxiliary(tokens.get(verb.first() - 1).word())) {
            return false;
        }
        if (verb.rule().parsedAction() != CountClaim.Action.KILLED && verb.rule().parsedAction() != CountClaim.Action.WOUNDED
                && !(verb.rule().parsedAction() == CountClaim.Action.ARRESTED && lexicon.takesPeople(tokens.get(verb.last()).word()))) {
            return false; // "seized 11 dredges", "held three meetings": verbs of taking and holding take things too
        }
        String w = tokens.get(noun).word();
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || !Character.isLetter(w.charAt(w.length() - 1))
                || lexicon.isThingNoun(w) || w.indexOf('.') >= 0) {
            return false; // "killed two Tuesday", a name or a number, "detained three vessels", "12 U.N. staff": no noun of people
        }
        int next = noun + 1;
        return next >= tokens.size() || tokens.get(next).punctuation()
                || lexicon.isFunctionWord(tokens.get(next).word()) && (!lexicon.isPartitivePreposition(tokens.get(next).word())
                        || lexicon.hasAgentEnding(w)); // "arrested five organisers of the march": whose organisers
    }

    /** How many words the first object of a list may run between its verb and the link: "arrested the factory owner and". */
    private static final int FIRST_OBJECT_REACH = 4;

    /**
     * "arrested Harrow and two associates", "arrested the mayor and two aides", "arrested 14 strikers and three organisers":
     * the verb before the first object of a list, which ends at {@code end} right before the link; the object's words
     * (up to {@link #FIRST_OBJECT_REACH}) are no punctuation, link, action or subordinator. Else null.
     */
    private Action verbBeforeFirstObject(int end) {
        for (int j = end; j >= Math.max(0, end - FIRST_OBJECT_REACH); j--) {
            Token t = tokens.get(j);
            if (t.punctuation() || lexicon.isLink(t.word()) || actionStartingAt[j] != null) {
                return null;
            }
            Action verb = j > 0 ? actionEndingAt[j - 1] : null;
            if (verb != null) {
                return j <= end ? verb : null;
            }
            if (lexicon.isFunctionWord(t.word()) && !lexicon.isDefiniteArticle(t.word()) && !lexicon.isIndefiniteArticle(t.word())
                    && !lexicon.isPossessive(t.word())) {
                return null;
            }
        }
        return null;
    }

    /**
     * «اعتقلت الشرطة ثلاثة شركاء للمتهم»، «ألقت قوات الأمن القبض على أربعة سماسرة»: in Arabic the noun right after a
     * count that an arrest verb of people ({@code person_object_verbs}) stands before, past its subject of two words at
     * most ({@link #ENDING_ACTION_REACH}), names people whatever it is, as the English object of "arrested" does; not a
     * noun with the article, of things ({@code thing_nouns}, {@code not_counted}) nor a word of the pack's own.
     */
    private boolean arabicObjectOfPersonVerb(int first, int noun) {
        String w = tokens.get(noun).word();
        if (w.length() < 3 || !w.chars().allMatch(Character::isLetter) || lexicon.hasArticlePrefix(w) || numberStart[noun]
                || lexicon.isThingNoun(w) || lexicon.isNotCounted(w) || lexicon.isFunctionWord(w) || actionStartingAt[noun] != null
                || lexicon.subject(w) != null || lexicon.isOthers(w) || lexicon.isPart(w)) {
            return false;
        }
        if (lexicon.startsWithLink(w)) {
            String bare = lexicon.withoutProclitic(w); // «وسطاء» is a noun; «وأفرجت»، «وقاموا» a verb after the link
            if (lexicon.looksLikeVerb(bare)) {
                return false;
            }
        }
        for (int j = first - 1; j >= Math.max(0, first - 1 - ENDING_ACTION_REACH); j--) {
            if (tokens.get(j).punctuation() || numberStart[j]) {
                return false;
            }
            Action verb = actionEndingAt[j];
            if (verb != null) {
                return verb.rule().parsedAction() == CountClaim.Action.ARRESTED && verb.rule().position().before()
                        && lexicon.takesPeople(lexicon.withoutProclitic(tokens.get(verb.last()).word()));
            }
        }
        return false;
    }

    /** Whether every token from {@code from} up to {@code to} (exclusive) is a modifier of a noun ({@link #modifierOfVictim}). */
    private boolean modifiersBetween(int from, int to) {
        for (int j = from; j < to; j++) {
            if (!modifierOfVictim(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A lower-case plural of people by what they do ({@code agent_endings}: "commanders", "informants") at {@code k} that
     * ends its phrase (punctuation, a function word or the end next).
     */
    private boolean agentNounEndingPhrase(int k) {
        String w = tokens.get(k).word();
        if (w.isEmpty() || !w.chars().allMatch(Character::isLowerCase) || !lexicon.hasAgentEnding(w) || actionStartingAt[k] != null) {
            return false;
        }
        return k + 1 >= tokens.size() || tokens.get(k + 1).punctuation() || lexicon.isFunctionWord(tokens.get(k + 1).word());
    }

    /**
     * "Fourteen strikers were arrested", "three suspected informants had been detained": in English a plural noun of
     * lower case right after a count, before its own passive (auxiliaries, an adverb, then a verb of killing or wounding
     * or an arrest verb of {@code person_object_verbs}), names the people the verb befell, as the object after the active
     * verb does ({@link #victimOfActiveVerb}); not a noun of {@code not_counted} or {@code thing_nouns} ("three vessels
     * were detained").
     */
    private boolean victimOfPassive(int noun) {
        String w = tokens.get(noun).word();
        if (w.length() < 4 || !w.chars().allMatch(Character::isLowerCase) || !w.endsWith("s") || lexicon.isThingNoun(w)
                || lexicon.isNotCounted(w) || lexicon.isFunctionWord(w) && !lexicon.isAuxiliary(w)) {
            return false;
        }
        int j = noun + 1;
        boolean auxiliary = false;
        while (j < tokens.size() && !tokens.get(j).punctuation() && actionStartingAt[j] == null
                && (lexicon.isAuxiliary(tokens.get(j).word()) || auxiliary && lexicon.hasAdverbEnding(tokens.get(j).word()))) {
            auxiliary = true;
            j++;
        }
        Action verb = j < tokens.size() ? actionStartingAt[j] : null;
        if (verb == null || !auxiliary && !lexicon.isAuxiliary(tokens.get(verb.first()).word()) || verb.rule().isLight()) {
            return false;
        }
        CountClaim.Action a = verb.rule().parsedAction();
        return a == CountClaim.Action.KILLED || a == CountClaim.Action.WOUNDED
                || a == CountClaim.Action.ARRESTED && lexicon.takesPeople(tokens.get(verb.last()).word());
    }

    /**
     * "arrested three suspected informants", "killed two unarmed villagers": a lower-case word between a count and the
     * noun after an active verb that is no noun of its own kind (no function word, action, subject, thing of {@code
     * not_counted} or {@code thing_nouns}) and no plural: a modifier of the victims' noun, which then says who they are.
     */
    private boolean modifierOfVictim(int k) {
        String w = tokens.get(k).word();
        return !w.isEmpty() && w.chars().allMatch(Character::isLowerCase) && !w.endsWith("s")
                && !lexicon.isFunctionWord(w) && actionStartingAt[k] == null && lexicon.subject(w) == null
                && !lexicon.isNotCounted(w) && !lexicon.isThingNoun(w) && !lexicon.isOthers(w) && !numberStart[k];
    }

    /**
     * "ثلاثة من الجرحى فارقوا الحياة في المستشفى": a share of the wounded ({@code من} and the wounding result
     * noun at {@code k}) followed right away by a verb of death that takes its group before it; that death is
     * what befell the share, as "Two of the wounded died of their wounds" reads in English. Else null.
     */
    private Action deathOfShare(int k, Action noun) {
        int after = noun.last() + 1;
        if (noun.rule().parsedAction() != CountClaim.Action.WOUNDED || k < 1 || after >= tokens.size()
                || !lexicon.isPartitivePreposition(tokens.get(k - 1).word())) {
            return null;
        }
        Action next = actionStartingAt[after];
        return next != null && next.rule().parsedAction() == CountClaim.Action.KILLED && next.rule().position().after()
                && !objectAfter(next) ? next : null;
    }

    /**
     * Whether a group stands right after the verb {@code a} (a count, or a person's noun, an article or another function
     * word between): the verb then tells what its subject did to them, not what befell the subject ("ثلاثة من الجرحى
     * قتلوا مسلحاً", "A soldier wounded in the clash killed two attackers").
     */
    private boolean objectAfter(Action a) {
        int k = a.last() + 1;
        if (k < tokens.size() - 1 && !tokens.get(k).punctuation() && lexicon.isFunctionWord(tokens.get(k).word())) {
            k++;
        }
        if (k >= tokens.size() || tokens.get(k).punctuation()) {
            return false;
        }
        String w = tokens.get(k).word();
        return numberStart[k] || lexicon.subject(w) != null || lexicon.singular(w) != null || lexicon.isAttacker(w);
    }

    /**
     * "Two bodies were still believed to be under the rubble": bodies, a result noun of death, that a
     * missing phrase follows within the clause are not yet recovered; the missing phrase says what befell them.
     */
    private Action stillMissingAfter(Action noun) {
        if (!english || noun.rule().parsedAction() != CountClaim.Action.KILLED) {
            return null; // Arabic tolls list the missing as a count of their own ("38 قتيلاً و19 مفقوداً")
        }
        for (int k = noun.last() + 1; k < Math.min(tokens.size(), noun.last() + 1 + MAX_SUBJECT_GAP); k++) {
            if (tokens.get(k).punctuation() || numberStart[k] || lexicon.isLink(tokens.get(k).word())) {
                return null;
            }
            Action a = actionStartingAt[k];
            if (a != null) {
                return a.rule().parsedAction() == CountClaim.Action.MISSING && a.rule().position().after() ? a : null;
            }
        }
        return null;
    }

    /**
     * A one-word group of two (a dual) right after another such group, with no link or punctuation
     * between ("طفلان شقيقان", "شابين فلسطينيين"): an adjective or apposition of the first, the same
     * two people (rule 12: parts are marked by بينهم، منهم, not by juxtaposition).
     */
    private boolean dualAfterDual(Group g, List<Group> groups) {
        if (g.first != g.last || g.first == 0 || !Long.valueOf(2).equals(g.count.value())
                || lexicon.startsWithLink(tokens.get(g.first).word())) {
            return false;
        }
        return groups.stream().anyMatch(o -> o.first == o.last && o.end() == g.first - 1
                && Long.valueOf(2).equals(o.count.value()));
    }

    /**
     * "أصيب شرطيان اثنان": a dual noun of two that a numeral right after it takes as its noun is counted
     * by that numeral's group; read alone as well, it would count the same two twice.
     */
    private static boolean dualOfNumeral(Group g, List<Group> groups) {
        return g.first == g.last && g.subjectToken == g.first && Long.valueOf(2).equals(g.count.value())
                && groups.stream().anyMatch(o -> o != g && o.first <= g.first && o.end() > g.first
                        && Long.valueOf(2).equals(o.count.value()));
    }

    /** Token {@code k} holds a digit of any script (٩٠, 90). */
    private boolean hasDigit(int k) {
        String w = tokens.get(k).word();
        for (int i = 0; i < w.length(); i++) {
            if (Character.isDigit(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A subject noun or a result noun (bodies, dead) at {@code k}. */
    private boolean namesWhoAt(int k) {
        if (k >= tokens.size() || tokens.get(k).punctuation()) {
            return false;
        }
        Action noun = actionStartingAt[k];
        return lexicon.subject(tokens.get(k).word()) != null
                || noun != null && noun.rule().position() == CountRules.Position.NOUN;
    }

    /** The first and last years a bare four-digit number is read as, when no date reading took it and no noun follows. */
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    /** Token {@code k} is four digits (any script) from {@link #FIRST_YEAR} to {@link #LAST_YEAR}: 2021, ٢٠٢١. */
    private boolean yearLike(int k) {
        String w = tokens.get(k).word();
        if (w.length() != 4) {
            return false;
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(w.charAt(i), 10);
            if (d < 0) {
                return false;
            }
            value = value * 10 + d;
        }
        return value >= FIRST_YEAR && value <= LAST_YEAR;
    }

    /**
     * An English bare number between commas right after a capitalised word is the age of the person
     * named, who is the group of one: "Ben Salah, 58, was briefly detained in 2021" (dev10-en-019). A count between commas
     * stands after no name ("On Sunday, 12, ..." is no wire shape).
     */
    private boolean ageApposition(int first, int last, CountClaim.Count count) {
        if (!bareAge(first, last, count) || last + 1 >= tokens.size() || !isComma(first - 1) || !isComma(last + 1)) {
            return false;
        }
        Token before = tokens.get(first - 2);
        return !before.punctuation() && Character.isUpperCase(text.codePointAt(originalStart[first - 2]))
                && !lexicon.isFunctionWord(before.word());
    }

    /** The oldest a bare number read as a person's age may be. */
    private static final int MAX_AGE = 120;

    /**
     * Whether the count from {@code first} to {@code last} is written as an age may be: English, one exact number with no
     * noun of its own, at most {@link #MAX_AGE}, with two words before it.
     */
    private boolean bareAge(int first, int last, CountClaim.Count count) {
        return english && first == last && first >= 2 && count.value() != null && count.value() <= MAX_AGE && !count.approximate();
    }

    /**
     * An English bare age set between commas or after "of", right after a singular noun of a person, is that person's
     * age: "A man, 45, was killed", "a second victim, a woman of 60, died". The noun already counts the one person. So is
     * one after an {@code age_bounds} word after a plural noun of people, at the end of its clause: "Among the dead are
     * 11 children under five".
     */
    private boolean ageOfOneBefore(int first, int last, CountClaim.Count count) {
        if (!bareAge(first, last, count) || hasDigit(first - 2)) {
            return false;
        }
        boolean clauseEnds = last + 1 == tokens.size() || tokens.get(last + 1).punctuation();
        String before = tokens.get(first - 2).word();
        if (clauseEnds && lexicon.isAgeBound(tokens.get(first - 1).word()) && lexicon.singular(before) == null
                && lexicon.subject(before) != null) {
            return true; // "Among the dead are 11 children under five": their age
        }
        boolean apposed = isComma(first - 1) && (clauseEnds || isComma(last + 1));
        boolean ofAge = lexicon.isSpecifierPreposition(tokens.get(first - 1).word())
                && (clauseEnds || lexicon.isFunctionWord(tokens.get(last + 1).word()));
        return (apposed || ofAge) && lexicon.singular(before) != null;
    }

    /**
     * A number whose noun is an event ("three attacks", "الهجمات الثلاثة") counts events, and "one of the
     * (three) attacks" is one of them: neither counts people, whatever the sentence's verb ("A teenager was killed in one
     * of the three attacks" is one teenager). An event word that opens an action ("Three shot dead") is the action.
     */
    private boolean countsEvents(int first, int last) {
        if (!english) { // "الهجمات الثلاثة"; not "أوقع الهجوم 12 قتيلا" (the event its subject) nor "شابان برصاص" (the dual is the people)
            return first > 0 && eventWordAt(first - 1) && lexicon.hasArticlePrefix(tokens.get(first).word());
        }
        if (eventWordAt(last + 1)) {
            return true;
        }
        int k = last + 1;
        if (k >= tokens.size() || !lexicon.isPartitivePreposition(tokens.get(k).word())) {
            return false;
        }
        k++;
        if (k < tokens.size() && lexicon.isDefiniteArticle(tokens.get(k).word())) {
            k++;
        }
        return eventWordAt(k) || k + 1 < tokens.size() && !tokens.get(k).punctuation() && eventWordAt(k + 1);
    }

    /**
     * Arabic: a number whose noun right after it is an event word («في 298 حادث مرور») or a verbal noun that stands
     * before its group elsewhere («إصابة 30 شخصاً» but «وفاة شخصين و12 إصابة», «3400 إصابة مؤكدة») counts accidents,
     * injuries or cases, not people: no verb of the sentence befalls it. A result noun («12 جريحاً», «47 وفاة») and a
     * word with a link or a preposition on it («خمسة وإصابة 12»، «شابين برصاص») are not read here.
     */
    private boolean countsCasesOrEvents(int first, int last) {
        int k = last + 1;
        if (english || k >= tokens.size() || tokens.get(k).punctuation()) {
            return false;
        }
        String w = tokens.get(k).word();
        if (!lexicon.withoutProclitic(w).equals(w) || lexicon.hasArticlePrefix(w)) {
            return false; // "بينهم 4 بالرصاص الحي", "استشهاد شابين برصاص": how, not what the number counts
        }
        Action noun = actionStartingAt[k];
        return noun != null ? noun.rule().position() == CountRules.Position.BEFORE : eventWordAt(k);
    }

    /** How many words after "of the" the noun of a share may stand ("one of the two fishing boats"). */
    private static final int SHARE_NOUN_REACH = 3;

    /**
     * English "during one of the operations", "on one of the vessels": a number right after a preposition of a setting
     * ({@code setting_prepositions}), taken with "of" and a determiner from a noun that names no people (no subject,
     * action, "others" or person ending within {@link #SHARE_NOUN_REACH} words), counts things: where or when, not
     * whom. "the body of a man on one of the vessels" is one man; "among one of the groups" is not read here.
     */
    private boolean shareOfThingsInSetting(int first, int last) {
        int of = last + 1;
        if (!english || first == 0 || of + 2 >= tokens.size() || !lexicon.isSettingPreposition(tokens.get(first - 1).word())
                || !lexicon.isPartitivePreposition(tokens.get(of).word())) {
            return false;
        }
        String determiner = tokens.get(of + 1).word();
        if (!lexicon.isDefiniteArticle(determiner) && !lexicon.isPossessive(determiner) && !determiner.equals("its")) {
            return false;
        }
        boolean noun = false;
        for (int k = of + 2; k < Math.min(tokens.size(), of + 2 + SHARE_NOUN_REACH) && !tokens.get(k).punctuation(); k++) {
            String w = tokens.get(k).word();
            if (lexicon.subject(w) != null || lexicon.singular(w) != null || actionStartingAt[k] != null
                    || lexicon.isOthers(w) || lexicon.namesPeopleByEnding(w) || lexicon.isPartitivePronoun(w)) {
                return false;
            }
            if (lexicon.isFunctionWord(w)) {
                break;
            }
            noun = true;
        }
        return noun;
    }

    /** An event noun at {@code k} that opens no action word ("attacks", "الهجمات"). */
    private boolean eventWordAt(int k) {
        return k >= 0 && k < tokens.size() && !tokens.get(k).punctuation() && actionStartingAt[k] == null
                && lexicon.event(tokens.get(k).word()) != null;
    }

    /**
     * «سيول اجتاحت مناطق عدة على الساحل»: an Arabic vague count of one word (عدة) right after an indefinite noun that is no
     * people's (no subject, singular, part, other, action or function word) and with no noun of people after it is that noun's
     * adjective, "several areas": no count of people (blind11's adjudication #14). «أصيب عدة أشخاص» keeps its noun after.
     */
    private boolean vagueAdjectiveOfThings(int first, int last, CountClaim.Count count) {
        if (english || first != last || first == 0 || count.value() != null || !count.approximate()) {
            return false;
        }
        Token before = tokens.get(first - 1);
        String w = before.word();
        if (before.punctuation() || lexicon.isFunctionWord(w) || lexicon.isLink(w) || lexicon.subject(w) != null || lexicon.singular(w) != null
                || lexicon.isPart(w) || lexicon.isOthers(w) || actionEndingAt[first - 1] != null || actionStartingAt[first - 1] != null
                || numberStart[first - 1] || !w.chars().allMatch(Character::isLetter)
                || lexicon.announces(lexicon.withoutProclitic(w)) // «وأن عشرات آخرين أصيبوا»: a reported clause opens, no noun
                || lexicon.hasArticlePrefix(lexicon.withoutProclitic(w)) || lexicon.hasArticlePrefix(tokens.get(first).word())) {
            return false; // "أوقفت الشرطة المئات": the body that holds, definite; an adjective agrees with an indefinite noun
        }
        if (last + 1 < tokens.size() && !tokens.get(last + 1).punctuation()) {
            String next = tokens.get(last + 1).word();
            return lexicon.subject(next) == null && lexicon.singular(next) == null && actionStartingAt[last + 1] == null
                    && !lexicon.isPartitivePreposition(next) // "و عشرات من الجرحى": dozens of the wounded
                    && !lexicon.isOthers(next); // "عشرات آخرين": dozens more of the people counted before
        }
        return true;
    }

    /**
     * An Arabic word before the noun bound to it that is a dual which lost its last letter in the construct, where a
     * singular of the same letters cannot stand: right after a part word ("قتل خمسة أشخاص بينهم طفلا الأسرة", the
     * family's two children; "أصيب عشرة أشخاص بينهم رجلا إطفاء", two firemen), or with a pronoun of two ({@code
     * dual_pronouns}) on the word after the bound noun ("لقي رجلا إنقاذ حتفهما"). Not a word written with tanween
     * fath: "رجلاً" is one man, the object of its verb.
     */
    private boolean dualInConstructAfterPart(int k) {
        if (english || k + 1 >= tokens.size() || tokens.get(k + 1).punctuation()
                || lexicon.dualInConstruct(tokens.get(k).word()) == null || tanweenFath(k)) {
            return false;
        }
        if (k > 0 && lexicon.isPart(tokens.get(k - 1).word())) {
            return true;
        }
        // the bound noun is no people of its own: «جثتي شقيقين جرفتهما» counts the two brothers, not two bodies
        return k + 2 < tokens.size() && !tokens.get(k + 2).punctuation() && lexicon.subject(tokens.get(k + 1).word()) == null
                && lexicon.hasDualPronoun(tokens.get(k + 2).word());
    }

    /** Whether the original word at {@code k} carries tanween fath (ً): an indefinite noun in the accusative. */
    private boolean tanweenFath(int k) {
        int end = originalEnd[k];
        while (end < text.length() && Character.getType(text.charAt(end)) == Character.NON_SPACING_MARK) {
            end++; // a mark after the word's last letter, as the tanween on its alif ("بريطانياً")
        }
        return text.substring(originalStart[k], end).indexOf('\u064B') >= 0;
    }

    /** How many words before a number an age word may stand ("whose age police put at about 19"). */
    private static final int AGE_REACH = 5;

    /** An age word within {@link #AGE_REACH} words before the number, in its clause. */
    private boolean ageBefore(int first) {
        for (int k = first - 1; k >= Math.max(0, first - AGE_REACH) && !tokens.get(k).punctuation()
                && actionEndingAt[k] == null; k--) { // not "يبلغ من العمر 8 سنوات حتفه وأصيب ثلاثة"
            if (lexicon.isAge(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the number at {@code first} counts the family of a relative named right before it, a noun of kinship
     * ({@code relations}) and "of" in English ("a father of three children", "the mother of two"), the preposition ل on
     * the number in Arabic («أب لثلاثة أطفال»): who the one is, not people something befell.
     */
    private boolean familyOf(int first) {
        if (english) {
            return first >= 2 && lexicon.isFamilyPreposition(tokens.get(first - 1).word())
                    && lexicon.isRelation(tokens.get(first - 2).word());
        }
        return first >= 1 && !tokens.get(first - 1).punctuation() && lexicon.hasFamilyPreposition(tokens.get(first).word())
                && lexicon.isRelation(tokens.get(first - 1).word());
    }

    /**
     * Arabic one and two follow their noun as an adjective (صحفيين اثنين، مدنيين اثنين): the
     * group is the noun and the number, not the number and whatever follows it (ومصورا).
     */
    private Group postposedNumber(int first, int last, CountClaim.Count count) {
        if (english || first == 0 || count.value() == null || tokens.get(first - 1).punctuation()) {
            return null;
        }
        // "قتلت القوات المسلحين الثلاثة": a definite number after a definite subject noun restates a count (K19 of dev11)
        boolean definite = first == last && definite(first) && definite(first - 1);
        if (count.value() > 2 && !definite) {
            return null;
        }
        Group g = new Group(first - 1, last, count);
        if (subject(g, first - 1) && g.subjectToken == first - 1) {
            return g;
        }
        Group two = first >= 2 && !tokens.get(first - 2).punctuation() && lexicon.isCliticPronoun(tokens.get(first - 1).word())
                ? new Group(first - 2, last, count) : null;
        if (two != null && subject(two, first - 2) && two.subjectToken == first - 2) {
            return two; // "مشتبهاً به واحداً": the noun and its preposition with a pronoun before the number
        }
        Action state = definite ? null : actionStartingAt[first - 1];
        if (state != null && state.last() == first - 1 && !state.rule().isLight() && !state.rule().isToll()
                && !state.rule().isOfEarlier() && state.rule().position() != CountRules.Position.BEFORE) {
            g.subjectToken = first - 1; // «البحث جارٍ عن مفقودين اثنين»: the people the result word names, two of them
            g.category = CountClaim.Category.PEOPLE;
            bindTo(g, state);
            return g;
        }
        return null;
    }

    /**
     * "a seven-hour siege", "a three-day assault": the number's word joined by a hyphen to a unit of measure, a word
     * whose plural is {@code not_counted} (hours, days, miles), written as one token or as three; an adjective of the
     * noun after it, no count (dev24-en-029).
     */
    private boolean measureJoined(int last) {
        String w = tokens.get(last).word();
        int hyphen = w.indexOf('-');
        if (hyphen > 0 && hyphen + 1 < w.length() && w.indexOf('-', hyphen + 1) < 0 && unitOfMeasure(w.substring(hyphen + 1))) {
            return true; // one hyphen only: not "12-year-old", an age read elsewhere
        }
        return last + 3 < tokens.size() && tokens.get(last + 1).word().equals("-") && unitOfMeasure(tokens.get(last + 2).word())
                && !tokens.get(last + 3).word().equals("-");
    }

    /**
     * "a three-year-old boy", "the two-month-old baby": a number written in words joined by its hyphen to an age
     * ("year-old", itself {@code not_counted}) in one token. It is the age of the one the noun after it names, not a
     * count; the digits' form ("a 9-year-old girl") is cut into tokens and read in {@link #numberGroup}.
     */
    private boolean spelledAgeJoined(int last) {
        String w = tokens.get(last).word();
        for (int hyphen = w.indexOf('-'); hyphen > 0 && hyphen + 1 < w.length(); hyphen = w.indexOf('-', hyphen + 1)) {
            if (w.indexOf('-', hyphen + 1) > 0 && lexicon.isNotCounted(w.substring(hyphen + 1))) {
                return true; // "twenty-two-year-old": the age after the number's own hyphen
            }
        }
        return false;
    }

    /** A unit whose plural is {@code not_counted}: "hour" (hours), "day" (days). */
    private boolean unitOfMeasure(String word) {
        return !word.isEmpty() && Character.isLetter(word.charAt(word.length() - 1)) && lexicon.isNotCounted(word + "s");
    }

    /** Token {@code k} carries the article, with or without a proclitic before it. */
    private boolean definite(int k) {
        return lexicon.hasArticlePrefix(lexicon.withoutProclitic(tokens.get(k).word()));
    }

    private boolean notCountedAt(int k) {
        return !tokens.get(k).punctuation() && lexicon.isNotCounted(tokens.get(k).word());
    }

    /** A hyphen at {@code k} joining what stands before it to a word after it that {@code after} accepts. */
    private boolean isHyphenBefore(int k, java.util.function.IntPredicate after) {
        return tokens.get(k).word().equals("-") && k + 1 < tokens.size() && after.test(k + 1);
    }

    /**
     * «عدد المعتقلين تجاوز الستين»، «بلغ عدد القتلى الثلاثين»: Arabic definite tens (read as ordinals, الستين "the
     * sixtieth") of one word right after a verb that passes or reaches a figure ({@code exceeds}, {@code toll_rises}) are
     * the figure itself, a cardinal, when a toll noun stands before (عدد المعتقلين); an ordinal follows a noun (الذكرى
     * الستين), and «تجاوز الستين من عمره» with no toll is an age.
     */
    private boolean figurePassed(OrdinalMention o) {
        int first = firstToken(o.span());
        int last = lastToken(o.span());
        return !english && first > 0 && first == last && o.value() >= 20 && definite(first)
                && (lexicon.exceeds(tokens.get(first - 1).word()) || endsWithPhrase(first - 1, lexicon.tollRises()) >= 0)
                && actions().stream().anyMatch(a -> a.rule().isToll() && a.last() < first); // not «تجاوز الستين من عمره», an age
    }

    /**
     * An ordinal standing for one more person: "took a third suspect into custody", "وأُلقي القبض
     * على ثالث". English needs "a"/"an" before it; Arabic the indefinite form (ثالث, not الثالث) with
     * nothing but a subject noun, a function word or punctuation after it (not "ثالث أيام").
     */
    private Group ordinalGroup(OrdinalMention o) {
        int first = firstToken(o.span());
        int last = lastToken(o.span());
        if (!english && first > 0 && last > first && o.value() > 10 && definite(first) && definite(first - 1)
                && lexicon.singular(tokens.get(first - 1).word()) == null) {
            // "أوقفت المتهمين الاثني عشر" (ar-012 of dev12): a compound after a definite plural agrees with it as a
            // postposed cardinal (an ordinal would follow a singular: المتهم الثاني عشر), and counts its people
            Group g = new Group(first - 1, last, CountClaim.Count.exactly(o.value()));
            return subject(g, first - 1) && g.subjectToken == first - 1 ? g : null;
        }
        if (first < 0 || last != first || o.value() < 2) {
            return null;
        }
        Group g = new Group(first, last, CountClaim.Count.exactly(1));
        g.ordinal = o.value();
        if (english) {
            if (first == 0 || !lexicon.isIndefiniteArticle(tokens.get(first - 1).word())) {
                return null;
            }
            if (first >= 2 && endsWithPhrase(first - 2, lexicon.cancels()) >= 0) {
                return null; // "arrested two suspects and are questioning a third man": a cancel before the article (dev24-en-030)
            }
            if (last + 1 < tokens.size() && lexicon.isPartitivePreposition(tokens.get(last + 1).word())) {
                return null; // "more than a third of them children": a fraction, not one more
            }
        } else if (lexicon.hasArticlePrefix(tokens.get(first).word()) || lexicon.hasArticlePrefix(lexicon.withoutProclitic(tokens.get(first).word()))) {
            return null;
        } else if (resultNounOfOtherVerb(first - 1)) {
            Group wounded = new Group(first - 1, last, CountClaim.Count.exactly(1)); // "توفي جريح رابع": a fourth of the
            wounded.ordinal = o.value();                                             // wounded died, bound to the verb
            wounded.subjectToken = first - 1;
            wounded.category = CountClaim.Category.PEOPLE;
            return wounded;
        }
        if (last + 1 < tokens.size() && subject(g, last + 1)) {
            return g;
        }
        boolean free = last + 1 >= tokens.size() || tokens.get(last + 1).punctuation()
                || lexicon.isFunctionWord(tokens.get(last + 1).word()) || actionStartingAt[last + 1] != null
                || lexicon.event(tokens.get(last + 1).word()) != null; // "وأصيب ثالث بانفجار عبوة": the cause after it
        return free ? g : null;
    }

    /**
     * A result noun of one word at {@code k} ("جريح") right after a verb of another action that takes its
     * group after it ("توفي"): the people the noun names, to whom the verb's action befell.
     */
    private boolean resultNounOfOtherVerb(int k) {
        Action noun = k >= 1 ? actionStartingAt[k] : null;
        Action verb = k >= 1 ? actionEndingAt[k - 1] : null;
        return noun != null && noun.last() == k && noun.rule().position() == CountRules.Position.NOUN && verb != null
                && verb.rule().position().before() && verb.rule().parsedAction() != noun.rule().parsedAction()
                && !verb.rule().isLight();
    }

    /**
     * "أعلن مصدر طبي وفاة الشرطي المصاب متأثراً بجروحه": a definite singular at {@code k} with one of the
     * {@code wounded_ones} right after it, right after a word of death that takes its group after it. The one wounded before
     * has died, one more death (dev21-ar-021); the death word, else null.
     */
    private Action deathOfWoundedOne(int k) {
        if (english || k < 1 || k + 1 >= tokens.size() || !definite(k)) {
            return null;
        }
        Action death = actionEndingAt[k - 1];
        return lexicon.isWoundedOne(tokens.get(k + 1).word()) && death != null && death.rule().parsedAction() == CountClaim.Action.KILLED
                && death.rule().position().before() && !death.rule().isLight() ? death : null;
    }

    /** "killed by a gunman", "على يد مسلح": the group did it; an article before it is passed over. */
    private boolean isAgent(Group g) {
        int before = g.first - 1;
        if (english && before >= 0 && (lexicon.isIndefiniteArticle(tokens.get(before).word()) || lexicon.isDefiniteArticle(tokens.get(before).word()))) {
            before--;
        }
        return endsWithPhrase(before, lexicon.agents()) >= 0;
    }

    /** "rose to 48 from 35", "بعد أن كانت 35 قتيلا": the figure a toll rose from, in a sentence with a toll. */
    private boolean isEarlierToll(Group g) {
        if (endsWithPhrase(g.first - 1, lexicon.previousTolls()) >= 0) {
            return true; // "revising an earlier toll of 20", "بعد أن كانت الحصيلة السابقة 20 قتيلاً"
        }
        return endsWithPhrase(g.first - 1, lexicon.earlierTolls()) >= 0
                && actions().stream().anyMatch(a -> a.rule().isToll() && a.last() < g.first);
    }

    /** The first token of a phrase of {@code phrases} ending at token {@code end}, or -1. */
    private int endsWithPhrase(int end, List<List<String>> phrases) {
        if (end < 0 || end >= tokens.size()) {
            return -1;
        }
        for (int i : lexicon.phrasesEndingWith(phrases, tokens.get(end).word())) {
            List<String> p = phrases.get(i);
            int start = end - p.size() + 1;
            if (start >= 0 && matches(p, start)) {
                return start;
            }
        }
        return -1;
    }

    /** A subject noun at {@code k}, of one word or two ("aid workers", "عناصر الشرطة"). */
    private boolean subject(Group g, int k) {
        int end = k;
        CountRules.SubjectRule rule = null;
        if (k + 1 < tokens.size() && !tokens.get(k + 1).punctuation()) {
            rule = lexicon.subject(tokens.get(k).word(), tokens.get(k + 1).word());
            end = k + 1;
        }
        if (rule == null) {
            rule = lexicon.subject(tokens.get(k).word());
            end = k;
        }
        if (rule == null && constructAfterCount(g, k)) {
            rule = lexicon.subject(lexicon.withAccusativeEnding(tokens.get(k).word()));
            end = k;
        }
        if (rule == null) {
            return false;
        }
        if (english && end == k && k + 1 < tokens.size() && !tokens.get(k + 1).punctuation()
                && lexicon.subject(tokens.get(k + 1).word()) != null) {
            rule = lexicon.subject(tokens.get(k + 1).word()); // "three Lebanese fishermen": the noun after the demonym
            end = k + 1;
            CountRules.SubjectRule two = k + 2 < tokens.size() && !tokens.get(k + 2).punctuation()
                    ? lexicon.subject(tokens.get(k + 1).word(), tokens.get(k + 2).word()) : null;
            if (two != null) {
                rule = two; // "its three Russian crew members": a noun of two words after the demonym
                end = k + 2;
            }
        }
        if (english && end == k && !countsOne(g) && lexicon.onlySingular(tokens.get(k).word()) && nounAfter(k)) {
            return false; // "in three Palestinian towns": a word for one person before a noun, for more than one, is an adjective
        }
        g.subject = rule;
        g.subjectToken = end;
        g.category = rule.parsedCategory();
        return true;
    }

    /**
     * «توقيف ٢٧ تاجر مخدرات»، «مقتل ١٥ عنصر أمن»: after an Arabic count of 11 to 99 the singular noun counted, bound to
     * the noun after it, loses its tanween and so the alif the subjects list it with (تاجراً): the word at {@code k},
     * right after the count, whose accusative form ({@code accusative_endings}) is a subject while the word is none,
     * before a word of its own (no punctuation, function word or action).
     */
    private boolean constructAfterCount(Group g, int k) {
        if (english || k != g.last + 1 || g.count.value() == null || g.count.value() < 11 || g.count.value() > 99
                || k + 1 >= tokens.size() || tokens.get(k + 1).punctuation()
                || lexicon.isFunctionWord(tokens.get(k + 1).word()) || actionStartingAt[k + 1] != null
                || lexicon.subject(tokens.get(k).word()) != null) {
            return false;
        }
        String accusative = lexicon.withAccusativeEnding(tokens.get(k).word());
        return accusative != null && lexicon.subject(accusative) != null;
    }

    /** True when the group counts exactly one ("a", "one"); false for "three", "at least two", "dozens". */
    private static boolean countsOne(Group g) {
        return g.count.value() != null && g.count.value() == 1;
    }

    /** A lower-case word after {@code k} that is no function word, link, part word or action: a noun it describes. */
    private boolean nounAfter(int k) {
        if (k + 1 >= tokens.size() || tokens.get(k + 1).punctuation()
                || Character.isUpperCase(text.codePointAt(originalStart[k + 1]))) {
            return false;
        }
        String next = tokens.get(k + 1).word();
        return !lexicon.isFunctionWord(next) && actionStartingAt[k + 1] == null && !lexicon.isLink(next)
                && !lexicon.isPart(next) && Character.isLetter(next.charAt(0));
    }

    /** An action word at {@code k}, or after one auxiliary (was, were, has been). */
    private boolean actionFollows(int k) {
        if (actionStartingAt[k] != null) {
            return true;
        }
        return k + 1 < tokens.size() && lexicon.isFunctionWord(tokens.get(k).word()) && actionStartingAt[k + 1] != null;
    }

    /**
     * "who was 19 at the time of his arrest", "He was 19 when he was arrested": a bare number with no noun, right after a
     * singular "was"/"is" whose subject is one person ("who", "he", a singular person noun), is that person's age, not a
     * count of people. Not a number told of a thing ("The toll was 19": no person before the verb).
     */
    private boolean ageOfOne(Group g) {
        if (!english || g.first < 2 || g.subjectToken >= 0 || g.category != null || g.count.value() == null
                || g.count.value() > 120) {
            return false;
        }
        String verb = tokens.get(g.first - 1).word();
        String who = tokens.get(g.first - 2).word();
        if (!verb.equals("was") && !verb.equals("is") || tokens.get(g.first - 2).punctuation()
                || !lexicon.isRelativePronoun(who) && !lexicon.isPersonPronoun(who.toLowerCase(java.util.Locale.ROOT))
                && lexicon.singular(who) == null) {
            return false;
        }
        int after = g.last + 1;
        return after >= tokens.size() || tokens.get(after).punctuation()
                || lexicon.subject(tokens.get(after).word()) == null && lexicon.singular(tokens.get(after).word()) == null;
    }

    /** A comma right before {@code k} that closes a counted group with its subject ("خمسة فلسطينيين، أحدهم"). */
    private boolean commaAfterCounted(int k, List<Group> counted) {
        return k >= 2 && isComma(k - 1) && counted.stream().anyMatch(g -> g.subjectToken == k - 2);
    }

    /**
     * "A 19-year-old was killed": an age with "a"/"an" and no noun after it, right before a passive
     * auxiliary or an action told after its group ("A 19-year-old died", "left a 19-year-old dead"), stands for one
     * person ({@code k} is the age's unit word); so does one right after an action that ends there with nothing after it
     * ("a shooting that killed a 17-year-old", blind12's adjudication #1) or a part word ("including a 16-year-old,",
     * {@link #agePartClosed}).
     */
    private boolean ageAsSubject(int k) {
        if (k < 3 || !isHyphenBefore(k - 1, this::notCountedAt) || !numberStart[k - 2]
                || !lexicon.isIndefiniteArticle(tokens.get(k - 3).word())) {
            return false;
        }
        if (k + 1 < tokens.size() && !tokens.get(k + 1).punctuation() && lexicon.isPassiveAuxiliary(tokens.get(k + 1).word())) {
            return true;
        }
        if (k + 1 < tokens.size() && actionStartingAt[k + 1] != null && actionStartingAt[k + 1].rule().position().after()) {
            return true; // "A 19-year-old died", "left a 19-year-old dead": the one the action after the age befell
        }
        if (k >= 4 && !tokens.get(k - 4).punctuation() && actionEndingAt[k - 4] != null && agePartClosed(k)) {
            return true; // "a shooting that killed a 17-year-old": the object of the action right before, one person
        }
        return agePartClosed(k) && (k >= 4 && lexicon.isPart(tokens.get(k - 4).word())
                || k >= 5 && !tokens.get(k - 4).punctuation() && lexicon.isPart(tokens.get(k - 5).word()));
    }

    /**
     * Whether a passive arrest follows the word at {@code k}, right after it or past an aside set off by commas ("…, identified
     * only as Jörg K., was arrested"): the verb that holds the person {@link #definiteAgeHeld} and {@link #agedOpening} name.
     */
    private boolean passiveArrestAfter(int k) {
        int v = k + 1;
        if (isComma(v)) {
            int end = asideEnd(v);
            if (end < 0) {
                return false;
            }
            v = end + 1;
        }
        return passiveActionAfter(v) && actionStartingAt[v + 1].rule().parsedAction() == CountClaim.Action.ARRESTED;
    }

    /**
     * "The 48-year-old was arrested", "The 48-year-old, identified only as Jörg K., was arrested": an age with "the" and
     * no noun of its own, before a passive arrest (past an aside set off by commas), names one person held. Only an
     * arrest: "The 58-year-old died" is most often a death counted before.
     */
    private boolean definiteAgeHeld(int k) {
        if (k < 3 || !isHyphenBefore(k - 1, this::notCountedAt) || !numberStart[k - 2]
                || !lexicon.isDefiniteArticle(tokens.get(k - 3).word())) {
            return false;
        }
        return passiveArrestAfter(k);
    }

    /**
     * "killed three Palestinians, including a 16-year-old, in a raid": an age with "a" right after a part word and no
     * noun of its own (punctuation, a function word or the end after it) is one person of the group (rule 12).
     */
    private boolean agePartClosed(int k) {
        return k + 1 >= tokens.size() || tokens.get(k + 1).punctuation() || lexicon.isFunctionWord(tokens.get(k + 1).word())
                && lexicon.subject(tokens.get(k + 1).word()) == null;
    }

    /**
     * "a polio vaccinator and the policeman guarding him": "the" and the singular at {@code k} after a link
     * that follows another singular, with a describing word (no action word) right after it, is one person.
     */
    private boolean describedAfterLinkedOne(int k) {
        return k >= 3 && k + 1 < tokens.size() && lexicon.isDefiniteArticle(tokens.get(k - 1).word())
                && lexicon.isLink(tokens.get(k - 2).word()) && lexicon.singular(tokens.get(k - 3).word()) != null
                && !tokens.get(k + 1).punctuation() && actionStartingAt[k + 1] == null
                && lexicon.hasDescribingEnding(tokens.get(k + 1).word()) && lexicon.subject(tokens.get(k + 1).word()) == null
                && !lexicon.isFunctionWord(tokens.get(k + 1).word());
    }

    /** "فيما اعتُقل شاب رابع": the ordinal after the noun already counts the one it names. */
    private static boolean ordinalAfter(int last, List<Group> counted) {
        return counted.stream().anyMatch(g -> g.ordinal > 0 && g.first == last + 1);
    }

    /** Implicit singulars (قُتل شرطي، an interpreter) and attackers (المهاجم): groups of one. */
    private List<Group> impliedGroups(List<Group> counted) {
        List<Group> out = new ArrayList<>();
        boolean[] covered = new boolean[tokens.size()];
        counted.forEach(g -> java.util.Arrays.fill(covered, g.first, g.end() + 1, true));
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).punctuation() || covered[k]) {
                continue;
            }
            if (!lexicon.startsWithLink(tokens.get(k).word()) && describesPrevious(k, counted, out)) {
                continue; // "ومترجما مدنيا": an adjective of the noun before, not a second group
            }
            if (!english && k >= 2 && isComma(k - 2) && lexicon.isPersonPronoun(lexicon.withoutProclitic(tokens.get(k - 1).word()))
                    && (endsAt(counted, k - 3) || endsAt(out, k - 3))) {
                continue; // "قُتل أحد الحراس، وهو رجل في الأربعين": the one before, described
            }
            if (!english && lexicon.startsWithLink(tokens.get(k).word()) && secondNounOfCount(k, counted)) {
                continue; // "إجلاء 7 آلاف مدني ومسلح": the count's second noun, no one more person
            }
            if (english && renamesOneBefore(k, counted, out)) {
                continue; // "A seventh suspect, a contractor, handed himself in": the same man
            }
            if (english && ageAsSubject(k)) {
                Group person = new Group(k - 3, k, CountClaim.Count.exactly(1)); // "A 19-year-old was killed": one person
                person.category = CountClaim.Category.PEOPLE;
                out.add(person);
                continue;
            }
            if (english && definiteAgeHeld(k) && nothingCountedBefore(k - 3, counted)) {
                // "The 48-year-old, identified only as Jörg K., was arrested": the one the story is about, held; like "he",
                // the same arrest when one was told before it
                Group person = new Group(k - 3, k, CountClaim.Count.exactly(1));
                person.category = CountClaim.Category.PEOPLE;
                person.pronoun = true;
                out.add(person);
                continue;
            }
            if (doerBeforePossessedObject(k)) {
                continue; // "قتل مسلح زوجته وطفليه": the gunman killed them, he is not one of the dead
            }
            String w = tokens.get(k).word();
            int name; // the last token of a name after a title, once the branch below has read it
            CountRules.SubjectRule dual = definiteObliquePlural(w) || nameAfterConstructHead(k) ? null : lexicon.dual(w);
            if (dual == null && !english && lexicon.hasObliquePluralEnding(w) && fathaBeforeFinalYeh(k)) {
                dual = lexicon.subject(w); // "مقتل عاملَين": the fatha writes the dual the plural shares its letters with
            }
            if (dual == null && dualInConstructAfterPart(k)) {
                dual = lexicon.dualInConstruct(w); // "بينهم طفلا الأسرة": the family's two children
            }
            int dualLast = k;
            if (dual == null && !english && k + 1 < tokens.size() && !tokens.get(k + 1).punctuation()) {
                dual = lexicon.dual(w, tokens.get(k + 1).word()); // "اعتقلت مشتبها بهما": the pronoun makes the two
                dualLast = dual == null ? k : k + 1;
            }
            CountRules.SubjectRule single = lexicon.singular(w);
            if (single != null && lexicon.isLinkedSingular(w) && (k + 1 >= tokens.size() || tokens.get(k + 1).punctuation()
                    || !lexicon.startsWithLink(tokens.get(k + 1).word()))) {
                single = null; // "أم درمان", "مدنيين أم عسكريين": a mother only in "أم وطفلاها" (ar-021 of dev12)
            }
            if (single != null && pluralOfTwoWords(k)) {
                continue; // «أوقفت الشرطة المشتبه بهم الثلاثة»: the suspects, counted by their number alone, not one suspect
            }
            int last = k;
            if (k + 1 < tokens.size() && !tokens.get(k + 1).punctuation()
                    && lexicon.singular(w, tokens.get(k + 1).word()) != null) {
                single = lexicon.singular(w, tokens.get(k + 1).word()); // "رئيس بلدية"
                last = k + 1;
            }
            if (single == null && dual == null && !english && (lexicon.startsWithLink(w) || clauseVerbRightBefore(k))) {
                // "رجل وزوجته", "رئيس بلدية وسائقه"; right after the verb of a clause, "وأصيب شقيقها": one person
                // right after the verb, also "وأصيبت والدتهما", the و the stem's; not "كانا برفقة والدتهما", no link there
                single = clauseVerbRightBefore(k) ? lexicon.singularWithPossessiveAfterProclitic(w)
                        : lexicon.singularWithPossessive(lexicon.withoutProclitic(w));
            }
            if (single == null && dual == null && !english && actionRightBefore(k)
                    && lexicon.takesPeople(tokens.get(actionEndingAt[k - 1].last()).word())) {
                single = lexicon.singularWithPossessive(w); // "ألقت الشرطة القبض على مالكه": the one the arrest phrase took
            }
            if (single == null && dual == null && !english && k > 0 && doerBeforePossessedObject(k - 1)) {
                single = lexicon.singularWithPossessive(w); // "قتل رجل والدته": the one the doer killed
            }
            if (single == null && dual == null && !english && actionRightBefore(k) && possessiveOneLinkedAfter(k)) {
                // "أقدم على قتل والدته وشقيقته": right after the verb, a relative with a linked relative after it (blind7's kinds)
                single = lexicon.singularWithPossessive(w);
            }
            if (english && single != null && last == k && k + 1 < tokens.size() && !tokens.get(k + 1).punctuation()
                    && lexicon.singular(tokens.get(k + 1).word()) != null) {
                continue; // "a Palestinian official": the noun after the demonym says who
            }
            if (english && single != null && doerBeforeActiveVerb(last)) {
                continue; // "A man killed four shoppers": the one who killed them, not one of the dead
            }
            CountRules.SubjectRule partitive = !english && single == null && dual == null && k + 1 < tokens.size()
                    && !tokens.get(k + 1).punctuation() && lexicon.isOneOf(lexicon.withoutProclitic(w))
                    ? lexicon.pluralOfOne(tokens.get(k + 1).word()) : null;
            int partitiveEnd = k + 1;
            if (!english && single == null && dual == null && partitive == null && k + 2 < tokens.size()
                    && !tokens.get(k + 1).punctuation() && !tokens.get(k + 2).punctuation() && lexicon.isOneOf(lexicon.withoutProclitic(w))
                    && lexicon.subject(tokens.get(k + 1).word(), tokens.get(k + 2).word()) != null) {
                partitive = lexicon.subject(tokens.get(k + 1).word(), tokens.get(k + 2).word()); // "أحد المشتبه بهم": a plural of two words
                partitiveEnd = k + 2;
            }
            Action oneOfNoun = partitive == null ? oneOfResultNoun(k) : null;
            if (oneOfNoun != null && !covered[k + 1]) {
                Group g = new Group(k, k + 1, CountClaim.Count.exactly(1)); // "أحد الجرحى في حالة حرجة": one of the wounded
                g.subjectToken = k + 1;
                g.category = CountClaim.Category.PEOPLE;
                Action before = k > 0 ? actionEndingAt[k - 1] : null;
                Action after = oneOfNoun.last() + 1 < tokens.size() ? actionStartingAt[oneOfNoun.last() + 1] : null;
                if (before != null && before.rule().parsedAction() == CountClaim.Action.KILLED && before.rule().position().before()) {
                    bindTo(g, before); // "وتوفي أحد الجرحى متأثراً بجروحه": the wounded one who died
                } else if (after != null && after.rule().parsedAction() == CountClaim.Action.KILLED && after.rule().position().after()) {
                    bindTo(g, after); // "أحد الجرحى فارق الحياة"
                } else {
                    bindTo(g, oneOfNoun);
                }
                out.add(g);
                k++;
                continue;
            }
            if (partitive != null && partitiveEnd == k + 2 && !covered[k + 1] && !covered[k + 2]) {
                Group g = new Group(k, k + 2, CountClaim.Count.exactly(1)); // "أحد المشتبه بهم أصيب بجروح": one of them
                g.subject = partitive;
                g.subjectToken = k + 1;
                g.category = partitive.parsedCategory();
                out.add(g);
                k += 2;
                continue;
            }
            if (partitive != null && !covered[k + 1]) {
                Group g = new Group(k, k + 1, CountClaim.Count.exactly(1)); // "إصابة أحد أفرادها": one of them
                CountRules.SubjectRule pair = k + 2 < tokens.size() && !tokens.get(k + 2).punctuation()
                        ? lexicon.subject(tokens.get(k + 1).word(), tokens.get(k + 2).word()) : null;
                if (pair != null) {
                    partitive = pair; // "أحد أفراد الشرطة": one policeman, not one person
                }
                g.subject = partitive;
                g.subjectToken = k + 1;
                g.category = partitive.parsedCategory();
                out.add(g);
                k++;
                continue;
            }
            if (!english && lexicon.isDualOthers(w)) {
                Group g = new Group(k, k, CountClaim.Count.exactly(2)); // "قُتل شخص وأصيب آخران": two more of the group before
                g.others = true;
                g.subjectToken = k;
                out.add(g);
                continue;
            }
            if (lexicon.isPair(w) && k + 1 < tokens.size() && !tokens.get(k + 1).punctuation()
                    && lexicon.subject(tokens.get(k + 1).word()) != null && lexicon.singular(tokens.get(k + 1).word()) == null) {
                CountRules.SubjectRule plural = lexicon.subject(tokens.get(k + 1).word());
                Group g = new Group(k, k + 1, CountClaim.Count.exactly(2)); // "both attackers"
                g.subject = plural;
                g.subjectToken = k + 1;
                g.category = plural.parsedCategory();
                out.add(g);
                k++;
            } else if (dual != null) {
                Group g = new Group(k, dualLast, CountClaim.Count.exactly(2));
                g.subject = dual;
                g.subjectToken = k;
                g.category = dual.parsedCategory();
                Action self = actionStartingAt[k];
                if (self != null && self.last() == k && self.rule().position() == CountRules.Position.NOUN) {
                    bindTo(g, self); // "انتشال جثتين": the dual result noun says what befell the two
                }
                out.add(g);
                k = dualLast;
            } else if (single != null && indefiniteStart(k) >= 0 && !covered[indefiniteStart(k)] && !modifiesNextNoun(last)
                    && !afterEventNoun(k) && !nisbaOfNounBefore(k) && !ordinalAfter(last, counted)
                    && !appositionOfNamed(indefiniteStart(k), out)) {
                Group g = new Group(indefiniteStart(k), last, CountClaim.Count.exactly(1));
                g.subject = single;
                g.subjectToken = last;
                g.category = single.parsedCategory();
                g.reportedDefinite = english && definiteReported(k) == g.first;
                // "Police arrested a 52-year-old man. The 52-year-old man was held at …": like "he", the arrest told before
                g.pronoun = english && g.first == 0 && last >= 4 && last <= 5 && agedOpening(last);
                out.add(g);
                k = last;
            } else if (single != null && last == k && deathOfWoundedOne(k) != null) {
                Group g = new Group(k, k + 1, CountClaim.Count.exactly(1)); // "وفاة الشرطي المصاب": the wounded one died
                g.subject = single;
                g.subjectToken = k;
                g.category = single.parsedCategory();
                bindTo(g, deathOfWoundedOne(k));
                out.add(g);
                k++;
            } else if (single != null && (name = nameAfter(last)) > last && !modifiesNextNoun(last)
                    && (opensNamedSubject(k) || joinedToNamed(k, out)) && !speaksAfter(name) && !backgroundAfter(name)) {
                // a title of two words too: "Police Lt. Ahmed Saadoun was killed", "اعتُقل النائب السابق سالم بن يوسف"
                out.add(namedGroup(k, name, single, 1)); // "Journalist Sami Obeidi was detained", "arrested activist X"
                k = name;
            } else if (english && single != null && (name = nameAfter(last)) > last && !modifiesNextNoun(last)
                    && datedRelativeAfter(name)) {
                out.add(namedGroup(k, name, single, 1)); // "the trial of journalist X, who was detained … in March 2025"
                k = name;
            } else if (english && k == 0 && single == null && dual == null && (name = bareNameAt(k)) > k
                    && passiveActionAfter(name + 1) && !lexicon.isPluralAuxiliary(tokens.get(name + 1).word())) {
                out.add(onePerson(k, name)); // "Thandiwe Mokoena was arrested in 2023"
                k = name;
            } else if (single == null && dual == null && (name = pluperfectNameAt(k, counted)) >= k) {
                Group g = onePerson(k, name); // "وكانت الحمروني قد أُوقفت في …"
                bindTo(g, actionStartingAt[name + 2]); // the verb after the particle, whichever side it reads its group
                out.add(g);
                k = name;
            } else if (lexicon.isPersonPronoun(w) && (k == 0 || !tokens.get(k - 1).punctuation()
                    && lexicon.isLink(tokens.get(k - 1).word())) && nothingCountedBefore(k, counted)
                    && passiveActionAfter(k + 1) && actionStartingAt[k + 2].rule().parsedAction() == CountClaim.Action.ARRESTED) {
                Group g = onePerson(k, k); // "…, and he was taken into custody on Wednesday"
                g.pronoun = true;
                out.add(g);
            } else if (!english && lexicon.isHeldOneNoun(w) && k > 0 && !tokens.get(k - 1).punctuation()
                    && lexicon.isTimeConjunction(tokens.get(k - 1).word()) && !lexicon.isSince(tokens.get(k - 1).word())
                    && dateSoonAfter(k)) {
                // (not after «منذ»: "held since his arrest in May" dates a stretch that still runs)
                Group g = onePerson(k, k); // "بعد توقيفه في دبي في الثالث من نوفمبر": the one held, on that day
                g.action = CountClaim.Action.ARRESTED;
                g.actionToken = k;
                g.actionLast = k;
                g.pronoun = true;
                out.add(g);
            } else if (english && single == null && dual == null && (name = bareNameAt(k)) >= k && datedRelativeAfter(name)) {
                out.add(onePerson(k, name)); // "Ssali, who was arrested in November 2025, denies …"
                k = name;
            } else if (single == null && dual == null && lexicon.subject(w) != null
                    && (name = secondNameAfter(k)) > k && !modifiesNextNoun(k) && opensNamedSubject(k) && !speaksAfter(name)) {
                out.add(namedGroup(k, name, lexicon.subject(w), 2)); // "Journalists X and Y were detained": two people
                k = name;
            } else if ((english ? k > 0 && lexicon.isColleague(w) && lexicon.isPossessive(tokens.get(k - 1).word())
                    : lexicon.isColleagueWithPossessive(w)) && colleagueBefalls(english ? k - 1 : k, colleagueEnd(k))) {
                int end = colleagueEnd(k);
                Group g = new Group(english ? k - 1 : k, end, CountClaim.Count.exactly(1)); // "his colleague Salma Qudra"
                g.colleague = true;
                g.subjectToken = k;
                out.add(g);
                k = end;
            } else if (lexicon.isOneMore(w) && !counted.isEmpty() && k + 1 < tokens.size()
                    && (actionFollows(k + 1) || !english && (commaAfterCounted(k, counted) || clauseVerbRightBefore(k)))
                    || !english && lexicon.isOneMore(w) && counted.isEmpty() && !out.isEmpty() && clauseVerbRightBefore(k)
                    || english && lexicon.isOneMore(w) && counted.isEmpty() && !out.isEmpty() && k > 0
                        && lexicon.isLink(tokens.get(k - 1).word()) && k + 1 < tokens.size() && actionFollows(k + 1)) {
                // "A police officer was shot dead and another was wounded": one more of the one before
                // "قُتل شرطي وأصيب آخر": one more of the one before
                // "قُتل خمسة جنود وأصيب آخر بجروح": after the verb opening its clause, one more of the group before
                // also "أصيب خمسة فلسطينيين، أحدهم بالرصاص الحي": one of them, set off by a comma right after the group (rule 12)
                Group g = new Group(k, k, CountClaim.Count.exactly(1)); // "and another was wounded"
                g.others = true;
                g.subjectToken = k;
                out.add(g);
            } else if (lexicon.isAttacker(w) && !afterEventNoun(k)) {
                // "تفجير انتحاري", "هجوم انتحاري": after an event noun the word says what kind of attack it was
                Group g = new Group(k, k, CountClaim.Count.exactly(1));
                g.subjectToken = k;
                g.category = CountClaim.Category.ATTACKER;
                out.add(g);
            } else if (!english && k + 1 < tokens.size() && !tokens.get(k + 1).punctuation() && !covered[k + 1]
                    && lexicon.isAttacker(w, tokens.get(k + 1).word())) {
                Group g = new Group(k, k + 1, CountClaim.Count.exactly(1)); // «أوقفت دورية مطلق النار»: the shooter
                g.subjectToken = k;
                g.category = CountClaim.Category.ATTACKER;
                out.add(g);
                k++;
            }
        }
        return out;
    }

    /** The one counted group of a sentence: a number and the noun of people right after it (one describing word between). */
    record CountedGroup(CountClaim.Count count, CountRules.SubjectRule subject) {
    }

    /**
     * "Police said three men opened fire on a checkpoint on Friday": the one group of people the sentence counts, a number
     * (no date's) with a noun of people right after it or after one more word ("three masked men"), for a sentence after
     * it to take back ({@link #arrestOfGroupBefore}). Null when the sentence counts none, or two ("Two soldiers and three
     * militants …": "they" names neither), or tells what befell them (an action word, or a release of {@code cancels}).
     */
    CountedGroup soleCountedGroup(List<Mention> numbers) {
        if (hasAction) {
            return null; // "The rebels freed six soldiers whom they had held …": what befell them is told there already
        }
        for (int k = 0; k < tokens.size(); k++) {
            if (endsWithPhrase(k, lexicon.cancels()) >= 0) {
                return null; // "freed six soldiers. The soldiers were captured on Aug. 2": taken by rebels, no arrest
            }
        }
        CountedGroup found = null;
        for (Mention m : numbers) {
            if (!(m instanceof NumberMention n) || !insideSentence(n.span()) || isDate(n.span())) {
                continue;
            }
            int first = firstToken(n.span());
            int last = lastToken(n.span());
            CountClaim.Count count = CountClaimFinder.count(n);
            if (first < 0 || last < first || count == null || count.value() != null && count.value() < 2) {
                continue;
            }
            CountRules.SubjectRule noun = null;
            for (int k = last + 1; k <= last + 2 && k < tokens.size() && !tokens.get(k).punctuation() && noun == null; k++) {
                noun = lexicon.subject(tokens.get(k).word());
            }
            if (noun == null || noun.parsedCategory() == null) {
                continue; // "three checkpoints": no people
            }
            if (found != null) {
                return null;
            }
            found = new CountedGroup(count, noun);
        }
        return found;
    }

    /**
     * "… three men opened fire on a checkpoint on Friday. The men were arrested in March of last year" / "They were
     * arrested on Sunday" / «وقد اعتُقلوا يوم الأحد»: a sentence that opens with a back-reference to the one group the
     * sentence before counted ({@code groupBefore}) — "they" ({@code group_pronouns}), "the" and a plural noun of people, or in
     * Arabic a plural arrest verb of no object after «قد» — right before its passive arrest: that group held, of its
     * category, dated by its own sentence. Else null. The caller asks only when no arrest was told before in the
     * paragraph and the sentence read no count of its own.
     */
    CountClaim arrestOfGroupBefore(Supplier<CountedGroup> groupBefore, String id, ClaimDate carried,
                                   Supplier<CountClaim.Location> carriedPlace) {
        if (!hasAction || tokens.size() < 3) {
            return null;
        }
        int ref; // the back-reference's last token
        int noun = -1;
        String w0 = tokens.get(0).word();
        if (english && lexicon.isGroupPronoun(w0)) {
            ref = 0;
        } else if (english && lexicon.isDefiniteArticle(w0) && lexicon.subject(tokens.get(1).word()) != null
                && lexicon.singular(tokens.get(1).word()) == null) {
            ref = 1;
            noun = 1;
        } else if (!english && lexicon.isPluperfectParticle(lexicon.withoutProclitic(w0))) {
            ref = 0; // «وقد اعتُقلوا»: the verb's own plural ending says who
        } else {
            return null;
        }
        int verb = ref + 1;
        while (english && verb < tokens.size() - 1 && verb <= ref + 2 && lexicon.isAuxiliary(tokens.get(verb).word())) {
            verb++; // "were", "have been": the passive's auxiliaries
        }
        if (english && verb == ref + 1) {
            return null; // "They arrested the leader": the back-reference did the arresting
        }
        Action arrest = actionStartingAt[verb];
        if (arrest == null || arrest.rule().parsedAction() != CountClaim.Action.ARRESTED || !arrest.rule().position().after()) {
            return null;
        }
        if (!english && !(tokens.get(arrest.last()).word().endsWith(PLURAL_VERB_ENDING) && noObjectAfter(arrest.last()))) {
            return null;
        }
        CountedGroup earlier = groupBefore.get(); // read only now: most sentences open with no back-reference
        if (earlier == null) {
            return null;
        }
        Group g = new Group(0, ref, earlier.count());
        g.subject = earlier.subject();
        g.subjectToken = noun;
        g.category = earlier.subject().parsedCategory();
        bindTo(g, arrest);
        g.id = id;
        return claim(g, carried, carriedPlace);
    }

    /** The ending of an Arabic past verb of "they" (اعتُقلوا، أوقفوا). */
    private static final String PLURAL_VERB_ENDING = "وا";

    /** Whether no number or noun of people follows token {@code k}: a passive with no object («اعتُقلوا يوم الأحد»). */
    private boolean noObjectAfter(int k) {
        if (k + 1 >= tokens.size() || tokens.get(k + 1).punctuation()) {
            return true;
        }
        return !numberStart[k + 1] && lexicon.subject(tokens.get(k + 1).word()) == null;
    }

    /**
     * Whether the singular at {@code k} opens a plural of two words with the word after it: «المشتبه بهم», the participle
     * singular and its plural pronoun making the suspects (a listed plural, neither a listed singular nor a dual of the two
     * words). No one person then: the group is as many as a number says, or uncounted.
     */
    private boolean pluralOfTwoWords(int k) {
        if (english || k + 1 >= tokens.size() || tokens.get(k + 1).punctuation()) {
            return false;
        }
        String w = tokens.get(k).word();
        String next = tokens.get(k + 1).word();
        return lexicon.subject(w, next) != null && lexicon.singular(w, next) == null && lexicon.dual(w, next) == null;
    }

    /**
     * Whether the noun at {@code k} ends the list it closes: the sentence's end, punctuation, or "of" or a relative
     * pronoun that describes it ("and the driver of the minibus"), not a verb of a clause of its own ("Among the dead were
     * four police officers, and the governor ordered an inquiry").
     */
    private boolean closesListAt(int k) {
        if (k + 1 >= tokens.size() || tokens.get(k + 1).punctuation()) {
            return true;
        }
        String next = tokens.get(k + 1).word();
        return lexicon.isSpecifierPreposition(next) || lexicon.isRelativePronoun(next);
    }

    /** How many words back a list's link may stand from the part word or "among the dead" that opens the list. */
    private static final int LIST_REACH = 10;

    /**
     * English: a link ("and") at {@code link} that closes a list opened by a part word ("including") or by words that
     * make a part of an earlier whole ("Among the dead were", "The dead included"), with no other action word and no
     * stop between: "Among the dead were a two-year-old girl and the driver", "including a nurse and the imam". The
     * definite one after it is one more of the list, as the first one is.
     */
    private boolean listAfterAmong(int link) {
        if (link < 1 || !lexicon.isLink(tokens.get(link).word())) {
            return false;
        }
        for (int j = link - 1; j >= Math.max(0, link - LIST_REACH); j--) {
            Token t = tokens.get(j);
            if (t.punctuation() && !t.word().equals(",")) {
                return false;
            }
            Action a = actionEndingAt[j];
            if (a != null) {
                return a.rule().isOfEarlier();
            }
            if (!t.punctuation() && lexicon.isPart(t.word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "قتل مسلح زوجته وطفليه"، "طعن رجل شقيقه": Arabic writes the active verb and its passive alike, so an
     * indefinite singular right after the verb is read as the one it befell ("قُتل شرطي"). When a relative with a
     * possessive suffix follows it at once, with no link between (زوجته، والدته، طفليه), the singular is the doer and
     * the relative the object: a passive verb takes no such second noun. Reads token {@code k}, the verb right
     * before it and the word right after it.
     */
    private boolean doerBeforePossessedObject(int k) {
        if (english || !actionRightBefore(k) || k + 1 >= tokens.size() || tokens.get(k + 1).punctuation()) {
            return false;
        }
        String w = tokens.get(k).word();
        String next = tokens.get(k + 1).word();
        if (lexicon.startsWithLink(w) || lexicon.hasArticlePrefix(w) || lexicon.singular(w) == null
                || lexicon.singularWithPossessive(w) != null) {
            return false;
        }
        if (lexicon.singularWithPossessive(next) != null) {
            return true; // "والدته": its و is its own first letter, no link
        }
        return !lexicon.startsWithLink(next) && lexicon.dual(next) != null && lexicon.singular(next) == null;
    }

    /**
     * "قتل والدته وشقيقته": the word after {@code k} is a relative with a possessive suffix and a link before it, so
     * {@code k} and it are two people listed as objects of the verb before them, each one (rule 12).
     */
    private boolean possessiveOneLinkedAfter(int k) {
        if (k + 1 >= tokens.size() || tokens.get(k + 1).punctuation() || !lexicon.startsWithLink(tokens.get(k + 1).word())) {
            return false;
        }
        return lexicon.singularWithPossessive(lexicon.withoutProclitic(tokens.get(k + 1).word())) != null;
    }

    /**
     * "إجلاء 7 آلاف مدني ومسلح": a linked singular right after a count of whole hundreds or thousands whose own noun
     * is written in the singular (genitive after مئة، ألف) is a second noun of that count, no one more person.
     */
    private boolean secondNounOfCount(int k, List<Group> counted) {
        if (k < 1 || tokens.get(k - 1).punctuation() || lexicon.singular(tokens.get(k - 1).word()) == null) {
            return false;
        }
        for (Group g : counted) {
            if (g.end() == k - 1 && g.subjectToken == k - 1 && g.count.value() != null && g.count.value() >= 100
                    && g.count.value() % 100 == 0) { // after مئة or ألف the noun is genitive: not "15 جندياً وضابط"
                return true;
            }
        }
        return false;
    }

    /**
     * "shot dead protester Ali Hassan, a 19-year-old student, and": a singular set off by a comma right
     * after a titled name describes that person; it is no second one.
     */
    private boolean appositionOfNamed(int start, List<Group> implied) {
        return start >= 2 && isComma(start - 1) && endsAtOne(implied, start - 2);
    }

    /** An action word that takes its group after it ends right before token {@code k}. */
    private boolean actionRightBefore(int k) {
        return k > 0 && actionEndingAt[k - 1] != null && actionEndingAt[k - 1].rule().position().before();
    }

    /**
     * "قُتلت الناشطة … وأصيب شقيقها": an action word right before {@code k} that opens its clause (first in the
     * sentence, after punctuation, or carrying و/ف); not "بعد أن فقد سائقها السيطرة", where the verb is
     * inside another clause and another reading ("lost control") is likely.
     */
    private boolean clauseVerbRightBefore(int k) {
        if (!actionRightBefore(k)) {
            return false;
        }
        int v = actionEndingAt[k - 1].first();
        return v == 0 || tokens.get(v - 1).punctuation() || lexicon.startsWithLink(tokens.get(v).word());
    }

    /** Whether the original spelling of token {@code k} has a fatha right before its final يْن (عاملَين). */
    private boolean fathaBeforeFinalYeh(int k) {
        int end = originalEnd[k];
        int i = end - 1;
        while (i > originalStart[k] && Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK) {
            i--; // a sukun or other mark on the noon
        }
        if (i <= originalStart[k] || text.charAt(i) != '\u0646') {
            return false;
        }
        i--;
        while (i > originalStart[k] && Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK) {
            i--; // a sukun on the yeh
        }
        if (i <= originalStart[k] || text.charAt(i) != '\u064A') {
            return false;
        }
        for (int j = i - 1; j > originalStart[k] && Character.getType(text.charAt(j)) == Character.NON_SPACING_MARK; j--) {
            if (text.charAt(j) == '\u064E') {
                return true; // also with a shadda beside the fatha, in either order: "قياديَّين" (dev24-ar-002)
            }
        }
        return false;
    }

    /**
     * «في حكومة طالبان»، «قادة حركة طالبان»: in Arabic a word in the nominative of the dual (ان) right after a noun
     * written with teh marbuta (ة), no link on it and no mark between, is the second noun of a construct, where a
     * dual of people would be genitive (حكومة طالبين); so it is a name (the Taliban), not two students. A noun in ة
     * is never a verb, so «وأصيب طالبان» and «هاجمه مسلحان» (a verb before the dual, its subject) keep the two.
     */
    private boolean nameAfterConstructHead(int k) {
        if (english || k == 0 || tokens.get(k - 1).punctuation()) {
            return false;
        }
        String w = tokens.get(k).word();
        String before = tokens.get(k - 1).word();
        return !lexicon.startsWithLink(w) && lexicon.hasNominativeDualEnding(w)
                && before.length() > 2 && before.charAt(before.length() - 1) == ArabicNormalizer.TEH_MARBUTA;
    }

    /**
     * "نقابة الصحفيين", "الإفراج عن الصحفيين": with the article, a masculine -ين form that a dual and a
     * plural share is the plural, not two people (the feminine dual in -تين has its own plural).
     */
    private boolean definiteObliquePlural(String w) {
        String bare = english ? w : lexicon.withoutProclitic(w);
        return !english && lexicon.hasArticlePrefix(bare) && lexicon.hasObliquePluralEnding(bare) && !lexicon.hasFeminineDualEnding(bare);
    }

    /**
     * «أحد الجرحى في حالة حرجة», «وتوفي أحد الجرحى»: in Arabic «أحد» right before a definite result noun of the wounded
     * (one word, no noun of people) is one of them, a group of one ({@link #impliedGroups} binds it: to a death verb
     * right before or after, else to the noun; المصابين is no result noun of the pack, and as one it cost a held-out
     * FP). Not after or before a word that announces ("وقال أحد الجرحى إن"): a speaker.
     */
    private Action oneOfResultNoun(int k) {
        if (english || k + 1 >= tokens.size() || tokens.get(k + 1).punctuation()
                || !lexicon.isOneOf(lexicon.withoutProclitic(tokens.get(k).word()))
                || !lexicon.hasArticlePrefix(tokens.get(k + 1).word())) {
            return null;
        }
        Action noun = actionStartingAt[k + 1];
        if (noun == null || noun.last() != k + 1 || noun.rule().position() != CountRules.Position.NOUN
                || noun.rule().parsedAction() != CountClaim.Action.WOUNDED) {
            return null;
        }
        if (k > 0 && !lexicon.isComplementiser(tokens.get(k - 1).word())
                && (lexicon.announces(tokens.get(k - 1).word()) || lexicon.announces(lexicon.withoutProclitic(tokens.get(k - 1).word())))
                || k + 2 < tokens.size() && lexicon.announces(tokens.get(k + 2).word())) {
            return null;
        }
        return noun;
    }

    /** Whether an action phrase starts in tokens {@code [from, to]}. */
    /**
     * "who" at {@code k} right after another group that an action word set apart from {@code g} (the object of a verb
     * after g): the relative clause tells of that group, and its verb is no verb of g's (dev32-en-003).
     */
    private boolean relativeOfLaterObject(Group g, int k) {
        if (k <= g.end() + 1 || tokens.get(k).punctuation() || !lexicon.isRelativePronoun(tokens.get(k).word())) {
            return false;
        }
        return groups.stream().anyMatch(o -> o != g && o.end() == k - 1 && o.first > g.end() + 1 && actionInside(g.end() + 1, o.first - 1));
    }

    private boolean actionInside(int from, int to) {
        for (int j = from; j <= to && j < tokens.size(); j++) {
            if (actionStartingAt[j] != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the {@code agents} phrases ("by", "at the hands of") starts at {@code k}. */
    private boolean agentAt(int k) {
        return lexicon.agents().stream().anyMatch(p -> k + p.size() <= tokens.size() && matches(p, k));
    }

    /**
     * "a crowded passenger ferry": in English a singular noun before another plain word names
     * what that word is, not a person (a word ending in -ing or -ed after it still describes the
     * person: "a policeman guarding the gate", "a girl aged nine"), nor does a participle with its agent after it
     * ("a 15-year-old boy hit by a stray bullet").
     */
    private boolean modifiesNextNoun(int k) {
        if (!english || k + 1 >= tokens.size() || tokens.get(k + 1).punctuation()) {
            return false;
        }
        String next = tokens.get(k + 1).word();
        if (Character.isUpperCase(text.codePointAt(originalStart[k + 1]))) {
            return false; // "the former lawmaker Salma Ben Youssef": a name after the noun, not a noun it describes
        }
        if (k + 2 < tokens.size() && !tokens.get(k + 2).punctuation() && agentAt(k + 2)) {
            return false; // "a 15-year-old boy hit by a stray bullet": a participle with its agent after it, no noun described
        }
        if (lexicon.hasAdverbEnding(next) && k + 2 < tokens.size() && actionStartingAt[k + 2] != null) {
            return false; // "left a cyclist seriously injured": an adverb of the participle after it, no noun described
        }
        return !lexicon.isFunctionWord(next) && actionStartingAt[k + 1] == null && !lexicon.isLink(next)
                && !lexicon.isPart(next) && lexicon.subject(next) == null && !lexicon.hasDescribingEnding(next)
                && Character.isLetter(next.charAt(0));
    }

    /**
     * "هجوم مسلح", "في هجوم انتحاري": right after an event noun a word that could name one person says
     * what kind of event it was (an armed attack), so it is no group of one.
     */
    private boolean afterEventNoun(int k) {
        if (k == 0 || tokens.get(k - 1).punctuation()) {
            return false;
        }
        String before = tokens.get(k - 1).word();
        return lexicon.event(before) != null || lexicon.event(lexicon.withoutProclitic(before)) != null;
    }

    /**
     * "موقع عسكري", "مصدر أمني": in Arabic an indefinite nisba (…ي) right after an indefinite noun
     * that is no action word is that noun's adjective, not a person ("مقتل عسكري", after an action,
     * still is one). Joined by a link, it is one only after another nisba ("مصدر أمني وعسكري"); after a
     * dual or plural ("بينهم أسيران محرران وصحفي", "جنود إسرائيليين ومدني") it is one more person.
     */
    private boolean nisbaOfNounBefore(int k) {
        if (english || k == 0 || tokens.get(k - 1).punctuation() || !lexicon.hasSingularNisbaEnding(tokens.get(k).word())) {
            return false;
        }
        String before = tokens.get(k - 1).word();
        if (lexicon.startsWithLink(tokens.get(k).word()) && !lexicon.hasSingularNisbaEnding(before)) {
            return false;
        }
        String bare = lexicon.withoutProclitic(before);
        return Character.isLetter(before.charAt(0)) && !lexicon.hasArticlePrefix(bare) && actionEndingAt[k - 1] == null
                && !lexicon.isFunctionWord(before) && !lexicon.isFunctionWord(bare) && !lexicon.isLink(before)
                && !lexicon.isPluperfect(before) // «وكان صحفي قد قُتل»: a past auxiliary is no noun the nisba describes
                && lexicon.subject(bare) == null && lexicon.singular(bare) == null;
    }

    /**
     * The last token of a personal name right after the title at {@code k} ("journalist Sami Obeidi",
     * "activist Lina al-Haddad"): two or more words that open with a capital and are no function or
     * lexicon word, or -1. A title with a name is one person, as "a journalist" is.
     */
    private int nameAfter(int k) {
        if (!english) {
            return arabicNameAfter(k);
        }
        int end = nameAfterFrom(k);
        return end > k ? end : appositiveNameAfter(k);
    }

    /** The last token of two to four capitalised name words right after token {@code k}, or -1. */
    private int nameAfterFrom(int k) {
        int from = k + 1;
        if (from + 1 < tokens.size() && tokens.get(from).word().equals(".") && originalStart[from] == originalEnd[k]) {
            from++; // "Dr. Hassan Eltayeb", "Lt. Ahmed Saadoun": the dot of an abbreviated title, which no sentence ends at
        }
        int end = -1;
        for (int j = from; j < tokens.size() && j <= from + 3; j++) {
            Token t = tokens.get(j);
            String w = t.word();
            boolean capital = Character.isUpperCase(text.codePointAt(originalStart[j]));
            boolean particle = j > from && lexicon.isNameParticle(w); // "Lina al-Haddad", "Omar bin Salem"
            if (t.punctuation() || !(capital || particle) || lexicon.isFunctionWord(w) || actionStartingAt[j] != null
                    || lexicon.singular(w) != null || lexicon.subject(w) != null) {
                break;
            }
            end = j;
        }
        return end >= from + 1 ? end : -1;
    }

    /**
     * "The mayor of Baidoa, Abdi Warsame, was kidnapped": a name set off by commas after the title
     * (and a place the title is of: a function word and capitalised words), with the action word right
     * after the closing comma; the name's last token, or -1.
     */
    private int appositiveNameAfter(int k) {
        int j = k + 1;
        if (j + 1 < tokens.size() && !tokens.get(j).punctuation() && lexicon.isFunctionWord(tokens.get(j).word())
                && Character.isUpperCase(text.codePointAt(originalStart[j + 1]))) {
            j++; // "of Baidoa"
            while (j < tokens.size() && j <= k + 5 && !tokens.get(j).punctuation()
                    && Character.isUpperCase(text.codePointAt(originalStart[j])) && !lexicon.isFunctionWord(tokens.get(j).word())) {
                j++;
            }
        }
        if (j >= tokens.size() || !isComma(j) || j + 1 >= tokens.size()
                || !Character.isUpperCase(text.codePointAt(originalStart[j + 1]))) {
            return -1;
        }
        int name = nameAfterFrom(j);
        return name > j && name + 2 < tokens.size() && isComma(name + 1) && actionFollows(name + 2) ? name : -1;
    }

    /** The people a title with their names ({@code k} .. {@code name}) stands for: {@code count} of the title's kind. */
    private static Group namedGroup(int k, int name, CountRules.SubjectRule title, long count) {
        Group g = new Group(k, name, CountClaim.Count.exactly(count));
        g.subject = title;
        g.subjectToken = k;
        g.category = title.parsedCategory();
        return g;
    }

    /** After a plural title, two names joined by "and" ("Journalists X and Y"): the last token, or -1. */
    private int secondNameAfter(int k) {
        int first = nameAfter(k);
        if (first < 0 || first + 1 >= tokens.size()) {
            return -1;
        }
        if (!english) {
            // "الصحفيين السوريين ماهر الحسن وعمر الشيخ": the link is on the second name's first word
            int second = lexicon.startsWithLink(tokens.get(first + 1).word()) ? arabicNameFrom(first + 1) : -1;
            for (int j = k + 1; j <= second; j++) {
                String w = tokens.get(j).word();
                if (lexicon.isNotCounted(w) && !lexicon.isNameWord(w) && !lexicon.isNameWord(lexicon.withoutProclitic(w))) {
                    return -1; // "ضبطت بحوزة المعتقلين أسلحة خفيفة وحزامين ناسفين": things seized, no two names
                }
            }
            return second;
        }
        return lexicon.isLink(tokens.get(first + 1).word()) ? nameAfter(first + 1) : -1;
    }

    /**
     * Arabic writes no capitals: after a definite title ("الصحفي", past its definite nisbas: "الصحفي
     * الفلسطيني"), two to four words of which the first has no article, none a function, action,
     * lexicon or linked word nor a number ("اعتُقل الصحفي سامي العبيدي أمس"); the last one, or -1.
     */
    private int arabicNameAfter(int k) {
        if (!lexicon.hasArticlePrefix(lexicon.withoutProclitic(tokens.get(k).word()))) {
            return -1; // an indefinite title is counted as one already ("اعتُقل صحفي")
        }
        int j = k + 1;
        while (j < tokens.size() && j <= k + 2 && !tokens.get(j).punctuation() && lexicon.hasArticlePrefix(tokens.get(j).word())
                && lexicon.isNisba(tokens.get(j).word()) && lexicon.singular(tokens.get(j).word()) == null) {
            j++; // "الصحفي الفلسطيني", "الصحفيين السوريين": a nisba of the title
        }
        if (j + 1 < tokens.size() && isComma(j)) {
            // "اختُطف رئيس البلدية، محمد الزعبي، مساء الأحد": a name set off by commas after the title
            int name = arabicNameFrom(j + 1);
            return name > 0 && name + 1 < tokens.size() && isComma(name + 1) ? name : -1;
        }
        return arabicNameFrom(j);
    }

    /**
     * Two to four name words from token {@code first} on: the first with no article, none a function,
     * action, lexicon or linked word, a number or a date; the last one, or -1.
     */
    private int arabicNameFrom(int first) {
        int j = first;
        int end = -1;
        for (; j < tokens.size() && j < first + 4; j++) {
            Token t = tokens.get(j);
            String w = t.word();
            if (t.punctuation() || (j == first && lexicon.hasArticlePrefix(w)) || lexicon.startsWithLink(w) && !(j == first && givenNameWithWaw(w))
                    || lexicon.isFunctionWord(w) && !(j == first && lexicon.isNameWord(w)) // "المعتمد علي حسن"
                    || actionStartingAt[j] != null || lexicon.singular(w) != null || lexicon.subject(w) != null
                    || lexicon.announces(w) || Character.isDigit(w.codePointAt(0))
                    || j > first && lexicon.isNotCounted(w) || isDate(new Span(originalStart[j], originalEnd[j]))) {
                break; // "اعتُقل الصحفي كريم عطوان عام 2021": the year's noun ends the name (first, عمر is Omar)
            }
            end = j;
        }
        return end >= first + 1 ? end : -1;
    }

    /** The last token of "colleague Salma Qudra" (in English, the name after it), or of "زميله". */
    private int colleagueEnd(int k) {
        return english ? Math.max(k, nameAfterFrom(k)) : k;
    }

    /**
     * "and his colleague Salma Qudra was wounded", "وأصيب زميله", "detained his colleague", "arrested a man
     * and his colleague X": a colleague ({@code first} .. {@code end}, with the name in English) is counted
     * only with an action word right before or right after them, or a link before them that joins them to
     * a person counted before; "His colleague said two people were killed" is a speaker.
     */
    private boolean colleagueBefalls(int first, int end) {
        int after = english ? end + 1 : first + 1;
        if (after < tokens.size() && lexicon.announces(tokens.get(after).word())) {
            return false;
        }
        boolean linked = english ? first > 0 && lexicon.isLink(tokens.get(first - 1).word()) : lexicon.startsWithLink(tokens.get(first).word());
        return actionRightBefore(first) || linked || after < tokens.size() && actionFollows(after); // "a man and his colleague X"
    }

    /**
     * "الصحفي اليمني وليد المطري": right after a title, a word that starts with و but is no noun of the
     * lexicon with it read off (وليد, ووديع) is a given name, not "and" and a second person
     * ("الطبيب وممرضة", "الناشط وشقيقه"); the name still needs a second word.
     */
    private boolean givenNameWithWaw(String w) {
        String bare = lexicon.withoutProclitic(w);
        return !lexicon.hasArticlePrefix(bare) && lexicon.singular(w) == null && lexicon.subject(w) == null
                && lexicon.singularWithPossessive(bare) == null && !lexicon.isFunctionWord(w) && lexicon.actionsStartingWith(w).isEmpty();
    }

    /**
     * Whether the title at {@code k} opens its clause or follows the action ("Journalist X was detained",
     * "— Palestinian paramedic X was killed", "police arrested the activist X"), and does not stand inside
     * another phrase ("supporters of opposition leader X", "said party leader X").
     */
    private boolean opensNamedSubject(int k) {
        if (!english) {
            return arabicObjectOfAction(k);
        }
        int p = k - 1;
        if (p >= 0 && lexicon.isTitleArticle(tokens.get(p).word())) {
            p--;
        }
        if (p >= 0 && !tokens.get(p).punctuation() && Character.isUpperCase(text.codePointAt(originalStart[p]))
                && (p == 0 || isDash(p - 1))) {
            p--; // "Palestinian paramedic": a capitalised word opening the sentence
        } else {
            int q = p;
            while (q >= 0 && q > p - 2 && !tokens.get(q).punctuation() && Character.isUpperCase(text.codePointAt(originalStart[q]))) {
                q--;
            }
            if (q < p && q >= 0 && actionEndingAt[q] != null && actionEndingAt[q].rule().position().before()) {
                p = q; // "detained Yemeni journalist X", "shot dead South Sudanese activist X": capitalised adjectives after the action
            }
        }
        return p < 0 || isDash(p) || actionEndingAt[p] != null || actionBeforeModifiers(k) || arrestDatedBeforeOf(p);
    }

    /**
     * "Police arrested opposition leader John Ssali": one or two words that modify the title (no function,
     * lexicon or action words), perhaps after the article, right after an action that takes its group after it.
     */
    private boolean actionBeforeModifiers(int k) {
        int p = k - 1;
        for (int n = 0; n < 2 && p >= 0; n++, p--) {
            String w = tokens.get(p).word();
            if (tokens.get(p).punctuation() || lexicon.isFunctionWord(w) || actionEndingAt[p] != null
                    || lexicon.subject(w) != null || lexicon.singular(w) != null) {
                break;
            }
        }
        if (p == k - 1) {
            return false;
        }
        if (p >= 0 && lexicon.isTitleArticle(tokens.get(p).word())) {
            p--;
        }
        return p >= 0 && (actionEndingAt[p] != null && actionEndingAt[p].rule().position().before() || arrestDatedBeforeOf(p));
    }

    /**
     * "the arrest last week of opposition leader X", "the arrest on Friday of activist X": "of" at {@code p} after a
     * date that stands right after an arrest noun, the date between the noun and its "of".
     */
    private boolean arrestDatedBeforeOf(int p) {
        if (!english || p < 2 || tokens.get(p).punctuation() || !lexicon.isPartitivePreposition(tokens.get(p).word())
                || !dateWordAt(p - 1)) {
            return false;
        }
        int q = p - 1;
        while (q >= 0 && dateWordAt(q)) {
            q--;
        }
        if (q >= 0 && !tokens.get(q).punctuation() && lexicon.isFunctionWord(tokens.get(q).word()) && actionEndingAt[q] == null) {
            q--; // "the arrest on Friday of": the date's preposition
        }
        return q >= 0 && actionEndingAt[q] != null && actionEndingAt[q].first() == q
                && actionEndingAt[q].rule().parsedAction() == CountClaim.Action.ARRESTED && actionEndingAt[q].rule().position().before();
    }

    /**
     * "Journalist Sami Obeidi and paramedic Ramez Abu Laila were killed", "قُتل الصحفي سامي العبيدي والمسعف
     * رامز أبو ليلى": a title joined by a link ("and", or و on the title) right after a group of one read
     * before it in the sentence is a second person in the same place in the clause.
     */
    private boolean joinedToNamed(int k, List<Group> implied) {
        if (english) {
            return k >= 2 && (!tokens.get(k - 1).punctuation() && lexicon.isLink(tokens.get(k - 1).word()) || isComma(k - 1))
                    && endsAtOne(implied, k - 2);
        }
        return k >= 1 && lexicon.startsWithLink(tokens.get(k).word()) && endsAtOne(implied, k - 1);
    }

    private static boolean endsAtOne(List<Group> groups, int k) {
        for (Group g : groups) {
            if (g.end() == k && isOne(g)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Arabic verb–agent–object order: the title follows an action that takes its group after it, either
     * at once or past an agent of up to four words ("اعتقلت الشرطة التركية الصحفي X", "خطف مسلحون
     * مجهولون المعتمد X"), none of them punctuation, a number, an action or a counted noun; or it
     * opens the clause.
     */
    private boolean arabicObjectOfAction(int k) {
        int reach = 5;
        for (int p = k - 1; p >= 0 && p >= k - reach; p--) {
            Token t = tokens.get(p);
            int aside = p == k - 1 ? timeAsideOpening(p) : -1;
            if (aside > 0) {
                reach += p - aside + 1; // «أوقفت السلطات في تونس، فجر الأربعاء، الناشط …»: a time set off by commas
                p = aside;
                continue;
            }
            if (actionEndingAt[p] != null) {
                return p == k - 1 || actionEndingAt[p].rule().position().before();
            }
            if (t.punctuation()) {
                return p == k - 1 && isDash(p);
            }
            if (Character.isDigit(t.word().codePointAt(0)) || lexicon.singular(t.word()) != null || lexicon.announces(t.word())) {
                return false;
            }
        }
        return k == 0;
    }

    /**
     * «، فجر الأربعاء،»: the comma opening a short time aside whose closing comma is at {@code close} (three words
     * at most, one of them a date's, no action word), else -1.
     */
    private int timeAsideOpening(int close) {
        if (!isComma(close)) {
            return -1;
        }
        boolean dated = false;
        for (int q = close - 1; q >= Math.max(0, close - 4); q--) {
            if (isComma(q)) {
                return dated && q < close - 1 ? q : -1;
            }
            if (tokens.get(q).punctuation() || actionStartingAt[q] != null || numberStart[q]) {
                return -1;
            }
            dated |= dateWordAt(q);
        }
        return -1;
    }

    private boolean isDash(int i) {
        String w = tokens.get(i).word();
        return tokens.get(i).punctuation() && (w.equals("\u2014") || w.equals("\u2013") || w.equals("-"));
    }

    /** "…, governor Taras Hnatiuk said": the named person is the speaker, not the one the action befell. */
    private boolean speaksAfter(int nameEnd) {
        return nameEnd + 1 < tokens.size() && lexicon.announces(tokens.get(nameEnd + 1).word());
    }

    /**
     * "lawyer X, who was arrested in 2019, said …": a relative clause on the named person tells their
     * past, not the event reported.
     */
    private boolean backgroundAfter(int nameEnd) {
        if (nameEnd + 2 >= tokens.size() || !isComma(nameEnd + 1) || datedRelativeAfter(nameEnd)) {
            return false;
        }
        for (List<String> clause : lexicon.pastClauses()) {
            if (matches(clause, nameEnd + 2)) {
                return true;
            }
        }
        return false;
    }

    /**
     * ", who was arrested in November 2025,": after the name ending at {@code nameEnd}, a comma, a
     * relative passive and an action, with a date in the clause before its next punctuation, in a
     * sentence about a prosecution ({@code prosecution_words}: trial, charges). There a dated past
     * arrest of the person tried is a fact an editor checks; elsewhere ("X, who was arrested in 2019,
     * told reporters …", H5 of dev9) and undated ("who was once detained") it is background.
     */
    private boolean datedRelativeAfter(int nameEnd) {
        if (nameEnd + 3 >= tokens.size() || !isComma(nameEnd + 1)
                || tokens.stream().noneMatch(t -> lexicon.isProsecutionWord(t.word()))) {
            return false;
        }
        for (List<String> clause : lexicon.relativePassives()) {
            int verb = nameEnd + 2 + clause.size();
            if (matches(clause, nameEnd + 2) && verb < tokens.size() && actionStartingAt[verb] != null
                    && actionStartingAt[verb].rule().position().after()) {
                for (int j = actionStartingAt[verb].last() + 1; j < tokens.size() && !tokens.get(j).punctuation(); j++) {
                    if (dateWordAt(j)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** One person named or pointed at by the tokens {@code first..last} with no title of theirs: a count of 1, people. */
    private static Group onePerson(int first, int last) {
        Group g = new Group(first, last, CountClaim.Count.exactly(1));
        g.category = CountClaim.Category.PEOPLE;
        return g;
    }

    /** A date within five words after {@code k}, with no punctuation between: «توقيفه في دبي في الثالث من نوفمبر». */
    private boolean dateSoonAfter(int k) {
        for (int j = k + 1; j < Math.min(tokens.size(), k + 6); j++) {
            if (tokens.get(j).punctuation()) {
                return false;
            }
            if (dateWordAt(j)) {
                return true;
            }
        }
        return false;
    }

    /** A passive auxiliary at {@code k} with an action that takes its group before it right after: "was arrested". */
    private boolean passiveActionAfter(int k) {
        return k + 1 < tokens.size() && !tokens.get(k).punctuation() && lexicon.isPassiveAuxiliary(tokens.get(k).word())
                && actionStartingAt[k + 1] != null && actionStartingAt[k + 1].rule().position().after();
    }

    private static boolean nothingCountedBefore(int k, List<Group> counted) {
        return counted.stream().noneMatch(c -> c.first < k && c.category != null); // not "adding three illegal floors"
    }

    /**
     * "وكانت الحمروني قد أُوقفت في الثاني عشر من كانون الثاني" (dev17-ar-014): the last token of a name of one
     * to three words between a past auxiliary and its particle, with an arrest word right after the particle
     * that takes no object (no word but a function word after it, no count later in the sentence: not
     * "وكانت الشرطة قد اعتقلت ثلاثة"), or -1.
     */
    private int pluperfectNameAt(int k, List<Group> counted) {
        if (k == 0 || tokens.get(k - 1).punctuation() || !lexicon.isPluperfect(tokens.get(k - 1).word())) {
            return -1;
        }
        for (int p = k + 1; p < tokens.size() && p <= k + 3; p++) {
            String w = tokens.get(p - 1).word();
            if (tokens.get(p - 1).punctuation() || lexicon.isFunctionWord(w) || actionStartingAt[p - 1] != null
                    || lexicon.subject(w) != null || lexicon.singular(w) != null || lexicon.isArrestingBody(w)) {
                return -1;
            }
            if (!tokens.get(p).punctuation() && lexicon.isPluperfectParticle(tokens.get(p).word())) {
                return passiveWithoutObject(p + 1, counted) ? p - 1 : -1;
            }
        }
        return -1;
    }

    /**
     * Arabic: «وكان عامل إغاثة محلي قد قُتل في المنطقة ذاتها»، «وكان جندي قد أصيب بجروح»: a counted noun between a
     * past auxiliary ({@code pluperfects}) and its particle ({@code pluperfect_particles}), with at most two describing
     * words before the particle, is the one the verb right after the particle befell, on whichever side that verb
     * reads its group (dev31-ar-021, ar-028). Null when the shape is not there.
     */
    private Action pluperfectVerbAfter(Group g) {
        if (english || g.first == 0 || tokens.get(g.first - 1).punctuation() || !lexicon.isPluperfect(tokens.get(g.first - 1).word())) {
            return null;
        }
        for (int p = g.end() + 1; p < tokens.size() && p <= g.end() + 3; p++) {
            Token t = tokens.get(p);
            if (t.punctuation()) {
                return null;
            }
            if (lexicon.isPluperfectParticle(t.word())) {
                Action a = p + 1 < tokens.size() ? actionStartingAt[p + 1] : null;
                return a != null && a.rule().position() != CountRules.Position.NOUN && !a.rule().isOfEarlier() ? a : null;
            }
            if (actionStartingAt[p] != null || lexicon.isFunctionWord(t.word()) || numberStart[p]) {
                return null;
            }
        }
        return null;
    }

    /**
     * Whether an arrest word starts at {@code a} with no object after it: the name before is the one held
     * (an active verb and its passive are written alike; a killing is left out, as "وكانت إسرائيل قد قتلت في
     * غارة سابقة القيادي X" names its object after the circumstance).
     */
    private boolean passiveWithoutObject(int a, List<Group> counted) {
        if (a >= tokens.size() || actionStartingAt[a] == null || actionStartingAt[a].rule().parsedAction() != CountClaim.Action.ARRESTED
                || counted.stream().anyMatch(c -> c.first > a)) {
            return false;
        }
        int next = actionStartingAt[a].last() + 1; // not "قد اعتقلت، الأحد، عدداً من الشبان": an aside before the object
        int afterDate = afterDateAt(next); // not "قد اعتقلت أمس عدداً من الشبان": a time before the object
        if (afterDate > next) {
            return afterDate >= tokens.size() || tokens.get(afterDate).punctuation() || lexicon.isFunctionWord(tokens.get(afterDate).word());
        }
        return next >= tokens.size() || tokens.get(next).punctuation() && !isComma(next) || lexicon.isFunctionWord(tokens.get(next).word());
    }

    /** The token after a date mention that starts at token {@code k} ("أمس", "يوم الأحد"), or {@code k} when none does. */
    private int afterDateAt(int k) {
        if (k >= tokens.size()) {
            return k;
        }
        for (DateMention d : dates) {
            if (d.span().start() == originalStart[k]) {
                int after = k;
                while (after < tokens.size() && originalStart[after] < d.span().end()) {
                    after++;
                }
                return after;
            }
        }
        return k;
    }

    /**
     * The last token of a bare personal name opening at {@code k} (one to four capitalised words that
     * are no function, lexicon or action word, not right after another capitalised word), or -1.
     */
    private int bareNameAt(int k) {
        if (k > 0 && !tokens.get(k - 1).punctuation() && Character.isUpperCase(text.codePointAt(originalStart[k - 1]))) {
            return -1;
        }
        int end = -1;
        for (int j = k; j < tokens.size() && j <= k + 3; j++) {
            String w = tokens.get(j).word();
            boolean capital = Character.isUpperCase(text.codePointAt(originalStart[j]));
            if (tokens.get(j).punctuation() || !(capital || j > k && lexicon.isNameParticle(w)) || lexicon.isFunctionWord(w)
                    || actionStartingAt[j] != null || lexicon.singular(w) != null || lexicon.subject(w) != null) {
                break;
            }
            end = j;
        }
        return end;
    }

    /**
     * "French aid worker detained in Tehran", "Journalist killed in Gaza": a headline drops the
     * article; a singular opening the sentence after at most two capitalised words, with the action
     * word right after it, is one person.
     */
    private boolean headlineSubject(int k) {
        if (k > 2) {
            return false;
        }
        for (int j = 0; j < k; j++) {
            if (tokens.get(j).punctuation() || lexicon.isFunctionWord(tokens.get(j).word())
                    || !Character.isUpperCase(text.codePointAt(originalStart[j]))) {
                return false;
            }
        }
        int a = k + 1 < tokens.size() && lexicon.singular(tokens.get(k).word(), tokens.get(k + 1).word()) != null ? k + 2 : k + 1;
        if (a >= tokens.size() || actionStartingAt[a] == null || !actionStartingAt[a].rule().position().after()) {
            return false;
        }
        int next = actionStartingAt[a].last() + 1; // "detained in Tehran", not "arrested three men": no object after it
        return next >= tokens.size() || tokens.get(next).punctuation() || lexicon.isFunctionWord(tokens.get(next).word());
    }

    /**
     * Whether the English noun at {@code k} is an apposition of a group of one just before it,
     * between commas: "A seventh suspect, a contractor, handed himself in" is one man (dev10-en-031).
     * A list goes on after its comma ("a soldier, a farmer, and a boy", "a soldier, a farmer, a
     * boy"): each is a group of its own.
     */
    private boolean renamesOneBefore(int k, List<Group> counted, List<Group> implied) {
        // "One migrant, a Syrian man, was found dead": a capitalised adjective between the article and the noun
        int a = k >= 4 && !tokens.get(k - 1).punctuation() && Character.isUpperCase(text.codePointAt(originalStart[k - 1]))
                && lexicon.isIndefiniteArticle(tokens.get(k - 2).word()) ? k - 2 : k - 1;
        if (k >= 6 && isHyphenBefore(k - 2, this::notCountedAt) && lexicon.isIndefiniteArticle(tokens.get(k - 4).word())) {
            a = k - 4; // "One of the guards, a 40-year-old man, was killed": the age between the article and the noun
        }
        if (a < 2 || k + 2 >= tokens.size() || !isComma(a - 1) || !isComma(k + 1)
                || !lexicon.isIndefiniteArticle(tokens.get(a).word())) {
            return false;
        }
        String next = tokens.get(k + 2).word();
        if (tokens.get(k + 2).punctuation() || lexicon.isListWord(next)) {
            return false;
        }
        for (List<Group> groups : List.of(counted, implied)) {
            for (Group g : groups) {
                if (g.end() == a - 2 && g.count.value() != null && g.count.value() == 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean describesPrevious(int k, List<Group> counted, List<Group> implied) {
        return endsAt(counted, k - 1) || endsAt(implied, k - 1);
    }

    /** Whether a group of {@code groups} ends at token {@code k} (a loop: this runs for every word). */
    private static boolean endsAt(List<Group> groups, int k) {
        for (Group g : groups) {
            if (g.end() == k) {
                return true;
            }
        }
        return false;
    }

    /**
     * "arrested the factory's owner": in English "the", one possessor noun and the singular, right
     * after an action word that stands before its group.
     */
    private boolean possessedObject(int k) {
        if (k < 3 || !lexicon.isDefiniteArticle(tokens.get(k - 2).word()) || actionEndingAt[k - 3] == null
                || !actionEndingAt[k - 3].rule().position().before() || tokens.get(k - 1).punctuation()) {
            return false;
        }
        return possessiveBefore(k);
    }

    /**
     * "Police have detained the owner of a storage unit", "detained the factory owner": an English definite singular
     * right after an arrest verb that stands before its group, named by the thing it goes with ("of" and a noun after
     * it, or one lower-case noun between the article and it), is one person held: the article's token, else -1. Only
     * arrests: a definite after a verb of killing is more often one told of before.
     */
    private int heldByWhatHeOwns(int k) {
        if (k < 2 || k + 2 >= tokens.size()) {
            return -1;
        }
        int article = lexicon.isDefiniteArticle(tokens.get(k - 1).word()) ? k - 1 : k - 2;
        if (article < 1 || !lexicon.isDefiniteArticle(tokens.get(article).word())) {
            return -1;
        }
        Action verb = actionEndingAt[article - 1];
        if (verb == null || verb.rule().parsedAction() != CountClaim.Action.ARRESTED || !verb.rule().position().before()) {
            return -1;
        }
        if (article == k - 1) {
            return lexicon.isPartitivePreposition(tokens.get(k + 1).word()) && !tokens.get(k + 2).punctuation()
                    && !numberStart[k + 2] && !lexicon.isPartitivePronoun(tokens.get(k + 2).word()) ? article : -1;
        }
        String modifier = tokens.get(k - 1).word();
        return !tokens.get(k - 1).punctuation() && Character.isLowerCase(modifier.charAt(0)) && !lexicon.isFunctionWord(modifier)
                && lexicon.subject(modifier) == null && lexicon.singular(modifier) == null && actionStartingAt[k - 1] == null
                ? article : -1;
    }

    /** Whether the word before token {@code k} ends in a possessive "'s" and a space: "the factory's owner". */
    private boolean possessiveBefore(int k) {
        int at = originalStart[k];
        return at >= 3 && text.charAt(at - 1) == ' ' && text.charAt(at - 2) == 's'
                && (text.charAt(at - 3) == '\'' || text.charAt(at - 3) == '\u2019');
    }

    /**
     * "His lawyer said the engineer had been taken into custody": a definite singular right after a speech verb or
     * "that" opens the reported clause as its subject; with a passive right after it, one person, the token of its
     * article; else -1. One lower-case word may stand between the article and the noun ("the young engineer").
     */
    private int definiteReported(int k) {
        int p = k - 1;
        if (p >= 1 && !lexicon.isDefiniteArticle(tokens.get(p).word()) && !tokens.get(p).punctuation()
                && Character.isLowerCase(tokens.get(p).word().charAt(0)) && !lexicon.isFunctionWord(tokens.get(p).word())) {
            p--;
        }
        if (p < 1 || !lexicon.isDefiniteArticle(tokens.get(p).word()) || tokens.get(p - 1).punctuation()
                || !lexicon.announces(tokens.get(p - 1).word())) {
            return -1;
        }
        int after = k + 1;
        if (after + 1 < tokens.size() && tokens.get(after).word().equals("had") && tokens.get(after + 1).word().equals("been")) {
            return actionWithin(after + 2, 1) ? p : -1; // "had been taken into custody"
        }
        return passiveAfter(after) && actionWithin(after, 2) ? p : -1;
    }

    /**
     * "The driver …" / "The factory's owner …" / "The alleged leader …" opening the sentence: "the" and the
     * singular, or "the", one possessor noun or one lower-case adjective and the singular, as the sentence's
     * first words.
     */
    private boolean definiteOpening(int k) {
        // "The owner of the building was detained"; not a relative, read by relations ("The son of a policeman was killed")
        int whose = k + 1 < tokens.size() && !lexicon.isRelation(tokens.get(k).word()) ? ofThingBeforeOwnPassive(k + 1) : k + 1;
        if (k >= 4 && k <= 5 && agedOpening(k)) {
            // past one capitalised word, the origin the age and the noun frame: "The 31-year-old Sudanese national"
            return k == 4 || !tokens.get(4).punctuation() && !lexicon.isFunctionWord(tokens.get(4).word())
                    && Character.isUpperCase(text.codePointAt(originalStart[4]));
        }
        if (k < 1 || k > 2 || !lexicon.isDefiniteArticle(tokens.get(0).word())
                || !(passiveAfter(k + 1) || linkedOneThenPassive(k + 1) || whose > k + 1 && passiveAfter(whose + 1)
                        || diedInIncident(k + 1) || verbThenLinkedPassive(k + 1))) {
            return false;
        }
        if (k == 1) {
            return true;
        }
        String between = tokens.get(1).word();
        // a capitalised word for one person before the noun is its adjective: "The Kenyan official", "The Syrian official"
        boolean demonym = demonymAt(1);
        return !tokens.get(1).punctuation() && (possessiveBefore(k) || Character.isLowerCase(between.charAt(0))
                && !lexicon.isFunctionWord(between) && (demonym || lexicon.subject(between) == null && lexicon.singular(between) == null));
    }

    /**
     * "The driver died in the crash", "The senator died in the shooting": a word of death at {@code j} right after the
     * definite singular, then a preposition of a setting and the incident by its event noun (an article and one word may
     * stand before it): the one killed in it (kind 6 of a held-out review), as "The driver was killed in the crash" is. Not
     * a death of an illness ("died of a heart attack", "died in a heart attack": the pack's {@code illnesses}).
     */
    private boolean diedInIncident(int j) {
        if (!english || j + 2 >= tokens.size() || actionStartingAt[j] == null || actionStartingAt[j].last() != j
                || actionStartingAt[j].rule().parsedAction() != CountClaim.Action.KILLED
                || !lexicon.isSettingPreposition(tokens.get(j + 1).word())) {
            return false;
        }
        int n = j + 2;
        if (lexicon.isDefiniteArticle(tokens.get(n).word()) || lexicon.isIndefiniteArticle(tokens.get(n).word())) {
            n++;
        }
        for (int e = n; e < Math.min(tokens.size(), n + 2) && !tokens.get(e).punctuation(); e++) {
            if (lexicon.event(tokens.get(e).word()) != null) {
                return endsWithPhrase(e, lexicon.illnesses()) < 0;
            }
        }
        return false;
    }

    /** A capitalised word for one person at {@code j}, the adjective of the noun after it: "Kenyan", "Sudanese". */
    private boolean demonymAt(int j) {
        return !tokens.get(j).punctuation() && lexicon.onlySingular(tokens.get(j).word())
                && Character.isUpperCase(text.codePointAt(originalStart[j]));
    }

    /**
     * "The 52-year-old man was arrested", "The 31-year-old Sudanese national was arrested by French police": "the" and
     * an age opening the sentence, its noun held by the passive arrest after it (past a comma aside), is one person, as
     * "The 48-year-old was arrested" is ({@link #definiteAgeHeld}). Only an arrest: "The 58-year-old man died" is most
     * often a death counted before.
     */
    private boolean agedOpening(int k) {
        if (tokens.size() < 6 || !lexicon.isDefiniteArticle(tokens.get(0).word()) || !numberStart[1]
                || !isHyphenBefore(2, this::notCountedAt)) {
            return false;
        }
        return passiveArrestAfter(k);
    }

    /**
     * "The driver and a second man were arrested": a link at {@code k}, then one more person (an
     * indefinite article) or a count, and, within four words with no punctuation, the passive both share. Not after
     * a possessive ("The driver and his assistant were among the dead, according to …"): there the
     * statement stays a quote of dev16 (rule 4 against its B6), which the floors hold.
     */
    private boolean linkedOneThenPassive(int k) {
        if (k + 2 >= tokens.size() || tokens.get(k).punctuation() || !lexicon.isLink(tokens.get(k).word())
                || !lexicon.isIndefiniteArticle(tokens.get(k + 1).word()) && !numberStart[k + 1]) {
            return false; // also a count: "The factory's owner and two managers were taken into custody" (dev21-en-025)
        }
        for (int j = k + 2; j < Math.min(tokens.size(), k + 6); j++) {
            if (tokens.get(j).punctuation()) {
                return false;
            }
            if (lexicon.isPassiveAuxiliary(tokens.get(j).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The driver survived and was taken into custody": right after the definite singular, one lower-case word of no
     * action (its own verb), "and" and a passive auxiliary: the one the passive befell, as "The driver was detained" is.
     */
    private boolean verbThenLinkedPassive(int k) {
        return english && k + 3 < tokens.size() && !tokens.get(k).punctuation() && actionStartingAt[k] == null
                && !lexicon.isFunctionWord(tokens.get(k).word()) && !lexicon.isAuxiliary(tokens.get(k).word())
                && Character.isLowerCase(tokens.get(k).word().charAt(0)) && lexicon.isLink(tokens.get(k + 1).word())
                && lexicon.isPassiveAuxiliary(tokens.get(k + 2).word());
    }

    /**
     * A passive auxiliary at {@code k}, or after a comma aside that starts there ("The driver, who
     * survived, was detained"): what follows befell the subject ("The judge ordered the suspect back
     * into custody" is what the judge did).
     */
    private boolean passiveAfter(int k) {
        if (k < tokens.size() && isComma(k)) {
            for (int j = k + 1; j < Math.min(tokens.size(), k + 10); j++) {
                if (isComma(j)) {
                    k = j + 1;
                    break;
                }
            }
        }
        return k < tokens.size() && lexicon.isPassiveAuxiliary(tokens.get(k).word());
    }

    /**
     * Where the implied singular at {@code k} starts, or -1 when it is none. English needs "a"/"an"/
     * "one" before it (the group then starts there: "including a 9-year-old girl"), or a possessive
     * after a link ("a farmer and his wife"); Arabic needs no article (شرطي, not الشرطي).
     */
    private int indefiniteStart(int k) {
        if (english) {
            int p = k >= 3 && isHyphenBefore(k - 2, this::notCountedAt) ? k - 3 : k; // "his 40-year-old father": past the age
            if (p == k && k >= 3 && !tokens.get(k - 1).punctuation() && Character.isUpperCase(text.codePointAt(originalStart[k - 1]))
                    && lexicon.isPossessive(tokens.get(k - 2).word())) {
                p = k - 1; // "two Italian engineers and their Kenyan driver": past the nationality
            }
            if (p >= 2 && lexicon.isPossessive(tokens.get(p - 1).word())
                    && (lexicon.isLink(tokens.get(p - 2).word()) || actionEndingAt[p - 2] != null)) {
                return p - 1; // "a farmer and his wife", "detained his brother"
            }
            if (describedAfterLinkedOne(k)) {
                return k - 1; // "shot dead a vaccinator and the policeman guarding him": one more person
            }
            for (int j = k - 1; j >= Math.max(1, k - 3); j--) {
                if (lexicon.isDefiniteArticle(tokens.get(j).word()) && (lexicon.isPart(tokens.get(j - 1).word())
                        || actionEndingAt[j - 1] != null && actionEndingAt[j - 1].rule().isOfEarlier())) {
                    return j; // "38 worshippers, including the imam", "They included the former lawmaker": one of the group
                }
                if (lexicon.isDefiniteArticle(tokens.get(j).word()) && listAfterAmong(j - 1) && closesListAt(k)) {
                    return j; // "Among the dead were two children and the bus driver": one more of the list
                }
                if (tokens.get(j).punctuation() || lexicon.isFunctionWord(tokens.get(j).word())) {
                    break;
                }
            }
            if (possessedObject(k)) {
                return k - 2; // "arrested the factory's owner": one person, named by what he owns
            }
            int held = heldByWhatHeOwns(k);
            if (held >= 0) {
                return held; // "detained the owner of a storage unit", "detained the factory owner": one person
            }
            if (definiteOpening(k)) {
                return 0; // "The driver, who survived, was detained": the sentence's subject is one person (N13 of dev13)
            }
            int reported = definiteReported(k);
            if (reported >= 0) {
                return reported; // "the lawyer said the engineer had been taken into custody" (blind7's kinds)
            }
            int reach = 4; // "captured a senior Islamic State commander": three words between the article and the noun
            for (int j = k - 1; j >= Math.max(0, k - reach); j--) {
                if (lexicon.isIndefiniteArticle(tokens.get(j).word()) || lexicon.isOneWord(tokens.get(j).word())) {
                    return j;
                }
                if (isHyphenBefore(j, this::notCountedAt)) {
                    reach += 2; // "a 9-year-old girl": the age between the article and the noun
                    continue;
                }
                if (tokens.get(j).punctuation() || lexicon.isFunctionWord(tokens.get(j).word())) {
                    return -1;
                }
            }
            return headlineSubject(k) ? 0 : -1;
        }
        String bare = lexicon.withoutProclitic(tokens.get(k).word());
        boolean afterAmong = k > 0 && actionEndingAt[k - 1] != null && actionEndingAt[k - 1].rule().isOfEarlier();
        if (lexicon.hasArticlePrefix(bare) && !afterAmong && lexicon.singularWithPossessive(tokens.get(k).word()) == null) {
            // not "والدته" (his mother), whose و is its own first letter: و + الدته is no article
            return heldDefinite(k) ? k : -1; // "أوقفت النيابة العامة المسؤول": the one the story is about, held
        }
        return k; // "ومن بين الموقوفين النائبة السابقة": one of them
    }

    /**
     * "وكانت النيابة العامة قد أوقفت المسؤول", "اعتقلت الشرطة الصحفي": an Arabic definite singular right after
     * an arrest word, or past the body that holds (one of the {@code arresting_bodies} and one definite adjective),
     * is one person held, the one the story names elsewhere. Not when a name follows (the named title reads it).
     */
    private boolean heldDefinite(int k) {
        if (nameAfter(k) > k) {
            return false;
        }
        int j = k - 1;
        if (j >= 0 && !tokens.get(j).punctuation() && actionEndingAt[j] == null
                && lexicon.hasArticlePrefix(lexicon.withoutProclitic(tokens.get(j).word())) && j - 1 >= 0
                && lexicon.isArrestingBody(tokens.get(j - 1).word())) {
            j--; // "النيابة العامة": the body's adjective
        }
        if (j >= 0 && actionEndingAt[j] == null && lexicon.isArrestingBody(tokens.get(j).word())) {
            j--;
        }
        Action verb = j >= 0 ? actionEndingAt[j] : null;
        return verb != null && verb.rule().parsedAction() == CountClaim.Action.ARRESTED && verb.rule().position().before();
    }

    /**
     * "The coast guard rescued 19 others, two of them children, while about a dozen remain missing": a share
     * ("N of them") set off by a comma right after a group whose action was cancelled is part of it, no count
     * of what befell the next group.
     */
    private boolean shareOfCancelled(Group g) {
        int after = g.last + 1;
        if (g.first < 2 || !isComma(g.first - 1) || after + 1 >= tokens.size()
                || !lexicon.isPartitivePreposition(tokens.get(after).word()) || !lexicon.isPartitivePronoun(tokens.get(after + 1).word())
                || cancelled.stream().noneMatch(c -> c.end() == g.first - 2)) {
            return false;
        }
        for (int k = after + 2; k < tokens.size() && !tokens.get(k).punctuation(); k++) {
            if (actionStartingAt[k] != null) {
                return false; // "freed 12 miners, three of them injured": the share says what befell it
            }
        }
        return true;
    }

    /** Whether {@code g} stands right after the words of {@code a}, an article at most between ("took the three hostages"). */
    private boolean rightAfter(Action a, Group g) {
        int k = a.last() + 1;
        if (!english && k < g.first && lexicon.isArrestingBody(tokens.get(k).word())) {
            // "أجلت السلطات اليونانية نحو ٦٠٠ شخص": the verb's subject first, a body that acts on others with its
            // words of origin or of a body ("قوات الأمن"); "أجلت المحكمة محاكمة ١٢ متهماً" still takes no one
            k++;
            while (k < g.first && !tokens.get(k).punctuation() && (lexicon.isArrestingBody(tokens.get(k).word())
                    || lexicon.isNisba(tokens.get(k).word()))) {
                k++;
            }
        }
        for (; k < g.first; k++) {
            if (!article(k)) {
                return false;
            }
        }
        return true;
    }

    /** Binds a group to the nearest action word before or after it that may stand there. */
    private void bind(Group g) {
        if (g.action != null || shareOfCancelled(g)) {
            return;
        }
        if (exceptedFromRelease(g)) {
            g.excepted = true; // "All but four were freed": the four still held, a part of a kidnapping before if there is one
            g.action = CountClaim.Action.KIDNAPPED;
            return;
        }
        Action left = null;
        int reach = MAX_BEFORE; // "قبضت أجهزة الأمن في محافظة أسيوط مساء أمس على خمسة": a date between is not counted
        int aside = dateAsideBefore(g);
        if (aside < 0) {
            reach += adverbialAsideLength(g); // "قبضت الإدارة العامة لمكافحة المخدرات، فجر الأحد، على ثلاثة"
            reach += cooperationAsideLength(g); // "أوقفت الشرطة بمدينة طنجة، بتنسيق مع المديرية العامة …، خمسة أشخاص"
        }
        int described = aside < 0 ? beliefDescriptionStart(g) : -1;
        if (described >= 0) {
            reach += g.first - described; // "اختطف مسلحون يُعتقد أنهم ينتمون إلى جماعة بوكو حرام ١٤ صياداً"
        }
        for (int k = (described >= 0 ? described : g.first) - 1; k >= Math.max(0, g.first - reach); k--) {
            Action a = actionEndingAt[k];
            if (a != null && relativePassive(a) && (english || punctuationBetween(a.last() + 1, g.first))) {
                // "X, who was detained in March, addressed thousands": the clause's subject is X; in Arabic
                // "الذي احتُجز في آذار 2025، كلمة أمام آلاف" only once a comma closed it, as "الذي اعتقل ثلاثة"
                // (active, written alike) takes its group after it
                break;
            }
            if (a != null && a.rule().position() != CountRules.Position.NOUN && nounOfCountBefore(a)) {
                break; // "45 إصابة بالحصبة …، مقارنة بتسع إصابات": the noun of the count before, no verb of this one
            }
            if (a != null && (a.rule().position().before() || constructHead(a, g))) {
                left = a.rule().isAdjacent() && !rightAfter(a, g) ? null : a; // "took the phones of five passengers"
                break;
            }
            if (!(aside >= 0 && k > aside && dateWordAt(k)) && opensClauseOfItsOwn(k, g)) {
                // not the "and" of the range of a date aside ("arrested, between Feb. 3 and Feb. 9, six people")
                break; // "apprehended three smugglers and picked up 47 migrants": the 47 are the other verb's
            }
            if (english && endsWithPhrase(k, lexicon.alongside()) > 0) {
                k = endsWithPhrase(k, lexicon.alongside()); // "killed five soldiers as well as two civilians": no "as" opens a clause
                continue;
            }
            if (endsWithPhrase(k, lexicon.subordinators()) >= 0) {
                break; // "arrested the landlord after 3 of his tenants complained": the 3 are the clause's, not held
            }
            if (speakerSaysAt(k)) {
                break; // "A man wounded in the attack said he had seen two gunmen": what befell the speaker, not the two
            }
            if (opensReportedClause(k) && !isPartMarked(g)) { // "…, that eleven of them were critical": still of the wounded
                break; // "thousands have fled …, and that 300,000 need aid", "وأن ثلاثمئة ألف يحتاجون": a statement of its own
            }
            if (dateWordAt(k) || aside >= 0 && k >= aside && tokens.get(k).punctuation()
                    || !english && around.insidePlace(originalStart[k], originalEnd[k])) {
                // also "اعتقلت قوات الأمن في محافظة السليمانية بإقليم كردستان العراق صحافيَّين اثنين": a place's words
                reach++; // "أوقفت الشرطة بمدينة طنجة، يوم السبت 15 شباط/فبراير، أربعة": the aside's commas and slash neither
            }
        }
        Action right = null;
        int rightDistance = 0;
        for (int k = g.end() + 1; k < tokens.size() && rightDistance < MAX_AFTER; k++) {
            if (isComma(k) && pastAsideEnd(k) > k) {
                k = pastAsideEnd(k); // "Journalist X, detained in 2021, was freed": the person's past, skipped
                continue;
            }
            if (isComma(k) && asideEnd(k) > k) {
                k = asideEnd(k); // ", including four children," / "، بينهم ثلاثة أطفال،": an aside, skipped
                continue;
            }
            if (k == g.end() + 1 && english && relativeClauseEnd(k) > k) {
                k = relativeClauseEnd(k); // "Three firefighters who tried to reach the victims were also injured"
                continue;
            }
            if (k == g.end() + 1 && specifierEnd(k) > k) {
                k = specifierEnd(k); // "more than 60 members of the Iraqi security forces were killed"
                continue;
            }
            if (english && k == g.end() + 1 && countsOne(g) && g.subjectToken >= 0 && ofThingBeforeOwnPassive(k) > k) {
                k = ofThingBeforeOwnPassive(k); // "The owner of the building was detained": whose owner, no distance
                continue;
            }
            if (english && k == g.end() + 1 && ofTheAt(k)) {
                int wholeStart = k + 2;
                Group whole = groups.stream().filter(o -> o != g && o.first == wholeStart).findFirst().orElse(null);
                // not "One of the four abducted nurses was found dead": a participle inside the whole is read as before
                if (whole != null && !actionInside(wholeStart, whole.end())) {
                    k = whole.end(); // "Three of the 14 crew members were injured": the whole taken from, no distance
                    continue;
                }
            }
            if (isHyphenBefore(k, this::notCountedAt)) {
                k++; // "a boy and his 40-year-old father were killed": an age, no distance and no end
                rightDistance = Math.max(0, rightDistance - 1);
                continue;
            }
            if (scareQuoteMark(k)) {
                continue; // 20 attackers were "neutralised": one word in quotation marks is still the verb (N12 of dev13)
            }
            if (tokens.get(k).punctuation() && !isComma(k)) {
                break;
            }
            if (g.count.value() != null && g.count.value() == 1 && g.subjectToken >= 0 && lexicon.announces(tokens.get(k).word())
                    && !tokens.get(k).punctuation() && announcedAfterVerb(g)) {
                break; // "قال رئيس بلدية طفس، محمد الزعبي، إن مسلحين قتلوا شخصين": the speaker is no victim
            }
            if (english && k > g.end() && !tokens.get(k).punctuation() && speaksAfterGroup(k)) {
                break; // "Two members of the National Assembly said 14 people were killed": the two speak
            }
            Group member = listMemberAt(g, k);
            if (member != null) {
                k = member.end(); // "Two policemen, a soldier and a civilian were killed": the list's verb is every member's
                continue;
            }
            if (english && relativeOfLaterObject(g, k)) {
                break; // "convicted two men of murdering a boy who was stabbed": the boy was stabbed, not the two
            }
            if (startsOtherGroup(g, k)) {
                break; // "21 miners were trapped and 3 were killed": the verb after the next group is that group's
            }
            if (!tokens.get(k).punctuation() && lexicon.isObjectPronoun(tokens.get(k).word())) {
                break; // "wounding a security guard before officers shot him dead": what follows befell him
            }
            Action a = actionStartingAt[k];
            if (a != null && a.rule().position().after() && a.rule().inheritsAction()) {
                a = null; // "Six of them were in serious condition": a share's words bind it only with who it is after them
            }
            if (a != null && a.rule().position().after() && !namesWholeOf(g, a)) {
                if (!objectNoun(a, g)) {
                    right = a;
                    break;
                }
                // "Two paramedics rushed to help the injured and were themselves wounded": the verb,
                // "the" and its object noun are one phrase of the group's own clause, not three words
                // of distance towards what befell the group
                rightDistance = Math.max(0, rightDistance - OBJECT_PHRASE);
            }
            rightDistance++;
        }
        if (right != null && english && (left != null || g.category == CountClaim.Category.ATTACKER || pronounOne(g, right))
                && takesObjectAfter(right)) {
            // "killed a police officer and kidnapped three women", "a suicide bomber killed nine
            // people": a verb with its group after it is not what befell the group before it
            right = null;
        }
        right = deathAfterWoundedParticiple(g, right);
        right = deathJoinedAfterWound(g, right);
        if (right == null && left == null) {
            right = verbAfterReportedOne(g);
        }
        if (right == null && left == null) {
            right = passiveAfterFreedOne(g);
        }
        if (right == null && left == null) {
            right = pluperfectVerbAfter(g);
        }
        if (left != null && right != null && bodyOfThePast(g, left, right)) {
            right = null; // "The body of a teacher who had been missing since Monday was found": the dead, found
        }
        Action chosen = choose(g, left, right, rightDistance);
        if (chosen != null && chosen.rule().isOwnHand() && !isOne(g)) {
            // "The gunman shot three people at the office before turning the gun on himself": his death, not theirs
            Action other = chosen == right ? left : right;
            chosen = other != null && !other.rule().isOwnHand() ? other : null;
        }
        Action toll = tollBefore(g);
        if (toll == null) {
            toll = tollRightAfter(g);
        }
        if (toll != null) {
            chosen = toll;
            for (int k = toll.last() + 1; k < g.first; k++) {
                if (endsWithPhrase(k, lexicon.cancels()) >= 0) {
                    cancelled.add(g);
                    return; // "the number of detainees released under the amnesty rose to 400": a toll of the freed
                }
            }
        }
        boolean stated = chosen != null && chosen.rule().statesAState() && chosen.first() > g.end()
                && !numberBetween(g.end(), chosen.first()) // "rescued 11 workers, four of them with injuries": the four's state
                && endsWithPhrase(chosen.first() - 1, lexicon.cancels()) < 0;
        boolean released = (endsWithPhrase(g.first - 1, lexicon.cancels()) >= 0 || cancelledAcrossAgent(g, lexicon.cancels()))
                && !heldByOrder(g);
        if (chosen != null && !stated && (released && !ownRelativeVerb(g, chosen)
                || endsWithPhrase(chosen.first() - 1, lexicon.cancels()) >= 0 || undoneLater(g)
                || chosen.last() < g.first && ownVerbCancels(g) || vagueShareOfThe(g)
                || vagueShareOfWounded(g, chosen) || fellIll(g, chosen) || casesOfIllness(chosen))) {
            cancelled.add(g);
            return; // "No one was hurt", "risked displacing", "freed 38 of the 61 abducted"
        }
        if (chosen != null) {
            bindTo(g, chosen);
            g.ofEarlier = chosen.rule().isOfEarlier();
        }
    }

    /**
     * "The son of a policeman was killed", "the wife of a soldier": one person named by a noun of kinship
     * ({@code relations}) and "of" before the group of one is that relative, of the relative's own category (people
     * unless the noun names a woman), not one of the group's category. Not when what befell the one is told in a clause
     * of the one's own ({@link #clauseOfTheOne}): "the widow of a soldier killed in 2020 was arrested". Else {@code g}.
     */
    private Group kinOfOne(Group g) {
        if (!english || !isOne(g) || g.first < 2) {
            return g;
        }
        int of = g.first - 1;
        if (!article(g.first) && article(of)) {
            of--; // the article outside the group: "of a policeman"
        }
        int relation = of - 1;
        if (relation < 0 || !lexicon.isSpecifierPreposition(tokens.get(of).word()) || tokens.get(relation).punctuation()
                || !lexicon.isRelation(tokens.get(relation).word()) || clauseOfTheOne(g)) {
            return g;
        }
        int first = relation > 0 && article(relation - 1) ? relation - 1 : relation;
        Group kin = new Group(first, g.last, g.count);
        CountRules.SubjectRule own = lexicon.singular(tokens.get(relation).word());
        kin.subject = own;
        kin.subjectToken = relation;
        kin.category = own != null ? own.parsedCategory() : CountClaim.Category.PEOPLE;
        kin.action = g.action;
        kin.actionToken = g.actionToken;
        kin.actionLast = g.actionLast;
        return kin;
    }

    /**
     * Whether what befalls {@code g} is told in a relative clause on it: a relative pronoun right after it ("the
     * daughter of a soldier who was killed last year spoke"), or a participle right after it with a passive auxiliary of
     * the sentence's own verb later in the clause ("the widow of a soldier killed in 2020 was arrested"). What befell
     * the one, then, not the relative named before it.
     */
    private boolean clauseOfTheOne(Group g) {
        int after = g.end() + 1;
        if (after >= tokens.size() || tokens.get(after).punctuation()) {
            return false;
        }
        if (lexicon.isRelativePronoun(tokens.get(after).word())) {
            return true;
        }
        Action participle = actionStartingAt[after];
        if (participle == null) {
            return false;
        }
        for (int k = participle.last() + 1; k < tokens.size() && !tokens.get(k).punctuation(); k++) {
            if (lexicon.isPassiveAuxiliary(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    private boolean article(int k) {
        if (k < 0 || tokens.get(k).punctuation()) {
            return false;
        }
        String w = tokens.get(k).word();
        return lexicon.isIndefiniteArticle(w) || lexicon.isDefiniteArticle(w);
    }

    /** How many words a speaker's description may run between the speech verb and its complementiser. */
    private static final int SPEAKER_REACH = 10;

    /**
     * A witness's words open at {@code k}: in English a speech verb ("said") with a pronoun or "that" after it ("A man
     * wounded in the attack said he had seen two gunmen"); in Arabic a complementiser (إنه) closing a speaker named
     * right after the speech verb («قال رجل أصيب في الهجوم إنه شاهد مسلحين اثنين»). A count in those words belongs to
     * their own verb; an action before them is what befell the speaker.
     */
    private boolean speakerSaysAt(int k) {
        Token t = tokens.get(k);
        if (t.punctuation() || k + 1 >= tokens.size()) {
            return false;
        }
        if (english) {
            String next = tokens.get(k + 1).word();
            return lexicon.announces(t.word()) && !lexicon.isComplementiser(t.word()) && !tokens.get(k + 1).punctuation()
                    && (lexicon.isPersonPronoun(next) || lexicon.isComplementiser(next));
        }
        if (!lexicon.isComplementiser(t.word())) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - SPEAKER_REACH); j--) {
            if (tokens.get(j).punctuation() || lexicon.isComplementiser(tokens.get(j).word())) {
                return false;
            }
            Action a = actionEndingAt[j];
            if (a != null) {
                int verb = a.first() - 2; // «قال رجل أصيب»: the speech verb, then the speaker, then what befell them
                return verb >= 0 && !tokens.get(verb).punctuation() && !tokens.get(verb + 1).punctuation()
                        && lexicon.announces(tokens.get(verb).word()) && !lexicon.isComplementiser(tokens.get(verb).word());
            }
        }
        return false;
    }

    /**
     * «أفرجت السلطات عن صحفي اعتقل الأسبوع الماضي»: in Arabic a verb written alike in the active and the passive
     * (one that takes its group after it) right after a group freed ({@code cancels} right before it), with no object
     * after the verb (a date word, a function word, punctuation or the end next), is a clause on the one freed in the passive: what
     * befell them before, as "freed a journalist arrested last week" reads; the clause may open with «كان قد». Else null.
     */
    private Action passiveAfterFreedOne(Group g) {
        int k = g.end() + 1;
        if (english || k >= tokens.size() || endsWithPhrase(g.first - 1, lexicon.cancels()) < 0 && !cancelledAcrossAgent(g)) {
            return null;
        }
        for (int open = 0; open < 2 && k + 1 < tokens.size() && !tokens.get(k).punctuation()
                && lexicon.isRelativeOpener(tokens.get(k).word()); open++) {
            k++; // «أفرج مسلحون عن طفل كان قد اختُطف»: the clause's opening words, as after a number
        }
        Action verb = actionStartingAt[k];
        if (verb == null || verb.rule().position() != CountRules.Position.BEFORE || verb.rule().isLight()) {
            return null;
        }
        int next = verb.last() + 1;
        return next >= tokens.size() || tokens.get(next).punctuation() || dateWordAt(next)
                || lexicon.isFunctionWord(tokens.get(next).word()) ? verb : null; // «اعتقل في آذار»: no object, a circumstance
    }

    /**
     * "freed 14 farmers who were kidnapped last week", "freed a journalist arrested last week" (a participle right after
     * the noun), «أفرج مسلحون عن ١٤ مزارعاً كانوا قد اختُطفوا», «تحرير ثلاثة رعاة
     * اختطفهم مسلحون»: {@code chosen} is the verb of a relative clause on the group, right after its noun with only
     * the clause's opening words ({@code relative_openers}) between, or in Arabic right after it (a clause on an
     * indefinite noun needs no relative pronoun); that verb is what befell the group, whatever release the sentence's own verb tells.
     * Not a state the release ends: people rescued or freed are missing no more.
     */
    private boolean ownRelativeVerb(Group g, Action chosen) {
        if (chosen.first() <= g.end() || chosen.rule().parsedAction() == CountClaim.Action.MISSING) {
            return false; // "rescued 12 people who were trapped in the mine": the rescue ends their being missing
        }
        for (int k = g.last + 1; k <= g.end(); k++) {
            if (numberStart[k]) {
                return false; // "أفرج مسلحون عن 18 من أصل 52 تلميذاً اختطفوهم": the clause is the 52's, the 18 were freed
            }
        }
        int from = g.end() + 1;
        if (isComma(from) && asideEnd(from) > from && asideEnd(from) + 1 < chosen.first()) {
            from = asideEnd(from) + 1; // "freed nine people, among them two women, who had been held captive": the part passed over
        }
        if (english && chosen.first() == from && g.subjectToken >= 0 && chosen.rule().position().after()) {
            return true; // "freed a journalist arrested last week": a participle right after the noun, a clause cut short
        }
        if (english && !lexicon.isRelativePronoun(tokens.get(from).word())) {
            return false; // "No one was hurt": no clause on the group, its own verb
        }
        int openers = 0;
        for (int k = from; k < chosen.first(); k++) {
            if (tokens.get(k).punctuation() || !lexicon.isRelativeOpener(tokens.get(k).word())) {
                return false;
            }
            openers++;
        }
        return openers > 0 || !english; // «عن ١٤ مزارعاً اختُطفوا»: in Arabic a clause on an indefinite noun needs no pronoun
    }

    /**
     * "Three wounded police officers died in hospital overnight": after a group whose noun a wounding participle
     * stands before, a verb of death that comes first in the clause, before any punctuation or other number, is what
     * befell them; they were wounded before, and the count is of the dead (dev24). Not "21 injured workers were
     * treated", and not a killing verb with its own object after it.
     */
    private boolean diedAfterWoundedNoun(int noun) {
        for (int k = noun + 1; k < tokens.size() && k <= noun + CLAUSE_REACH; k++) {
            if (tokens.get(k).punctuation() || numberStart[k]) {
                return false;
            }
            Action a = actionStartingAt[k];
            if (a != null) {
                return a.rule().parsedAction() == CountClaim.Action.KILLED && a.rule().position().after() && !objectAfter(a);
            }
        }
        return false;
    }

    /**
     * "A man wounded in last week's knife attack has died in hospital", "Seven fishermen missing since Tuesday
     * were found dead": a wounding participle (or "missing") right after the group, with no auxiliary, is a reduced
     * relative clause telling their past; a verb of death that ends the clause, before any punctuation or other
     * number, is what befell them. Else {@code right}.
     */
    private Action deathAfterWoundedParticiple(Group g, Action right) {
        if (!english || right == null || right.first() != g.end() + 1 && !relativeClauseVerb(g, right)
                || right.rule().parsedAction() != CountClaim.Action.WOUNDED
                    && right.rule().parsedAction() != CountClaim.Action.MISSING) {
            return right;
        }
        for (int k = right.last() + 1; k < tokens.size() && k <= right.last() + 2 * CLAUSE_REACH; k++) {
            if (numberStart[k] && durationEnd[k] >= k) {
                k = durationEnd[k]; // "Two hikers who had been missing for three days were found dead": how long, no count
                continue;
            }
            if (tokens.get(k).punctuation() || numberStart[k]) {
                return right;
            }
            Action a = actionStartingAt[k];
            if (a != null) {
                return a.rule().parsedAction() == CountClaim.Action.KILLED && a.rule().position().after() && !objectAfter(a)
                        ? a : right;
            }
        }
        return right;
    }

    /**
     * In English, "The body of a teacher who had been missing since Monday was found", "the bodies of two fishermen
     * missing since the storm": a killing word that only stands before its group ("body of"), right before it, and after it a wound or a going missing in a
     * relative clause or a participle on the group, which tells their past. What befell them in the end is the death.
     */
    private boolean bodyOfThePast(Group g, Action left, Action right) {
        CountClaim.Action past = right.rule().parsedAction();
        return english && left.rule().parsedAction() == CountClaim.Action.KILLED
                && left.rule().position() == CountRules.Position.BEFORE && left.last() < g.first && g.first - left.last() <= 2
                && right.first() > g.end() && (past == CountClaim.Action.MISSING || past == CountClaim.Action.WOUNDED)
                && (right.first() == g.end() + 1 || relativeClauseVerb(g, right));
    }

    /** The most words between "and" and the verb of death it joins to a wound: "and later died", "and then died". */
    private static final int JOINED_DEATH_REACH = 2;

    /**
     * "A man was found with stab wounds and died later in hospital", "A woman was stabbed and died at the scene": a verb
     * of death joined by a link to the wound told after the group, in the same clause (no punctuation, number or other
     * group between), is what befell the group in the end: the dead, not the wounded. Else {@code right}.
     */
    private Action deathJoinedAfterWound(Group g, Action right) {
        if (!english || right == null || right.first() <= g.end() || right.rule().parsedAction() != CountClaim.Action.WOUNDED) {
            return right;
        }
        for (int k = right.last() + 1; k < tokens.size() && k <= right.last() + CLAUSE_REACH; k++) {
            Token t = tokens.get(k);
            if (t.punctuation() || numberStart[k] || actionStartingAt[k] != null || inGroup(k)) {
                return right;
            }
            if (lexicon.isLink(t.word())) {
                return joinedDeath(k + 1, right);
            }
        }
        return right;
    }

    /** The verb of death within {@link #JOINED_DEATH_REACH} words from {@code from}, none of them in a group; else {@code right}. */
    private Action joinedDeath(int from, Action right) {
        for (int j = from; j < tokens.size() && j <= from + JOINED_DEATH_REACH; j++) {
            if (tokens.get(j).punctuation() || numberStart[j] || inGroup(j)) {
                return right;
            }
            Action a = actionStartingAt[j];
            if (a != null) {
                return a.rule().parsedAction() == CountClaim.Action.KILLED && a.rule().position().after() && !objectAfter(a)
                        ? a : right;
            }
        }
        return right;
    }

    /** Whether a group of the sentence covers token {@code k}. */
    private boolean inGroup(int k) {
        for (Group o : groups) {
            if (o.first <= k && k <= o.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "A soldier who was wounded in the clash later died", "a teenager who had been stabbed … has died": the verb
     * {@code right} opens a relative clause on the group, only a relative pronoun and auxiliaries ("who was", "who had
     * been") between them, so it tells the group's past as a bare participle would.
     */
    private boolean relativeClauseVerb(Group g, Action right) {
        int k = g.end() + 1;
        if (k >= right.first() || !lexicon.isRelativePronoun(tokens.get(k).word())) {
            return false;
        }
        for (int j = k + 1; j < right.first(); j++) {
            String w = tokens.get(j).word();
            if (tokens.get(j).punctuation() || !lexicon.isPassiveAuxiliary(w) && !lexicon.isRelativeOpener(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * «أوضح المصدر أن شرطياً أصيب بجروح»: in Arabic reported words the subject comes first, so one person
     * right after the complementiser (أن، إن) takes the verb right after it, though that verb otherwise reads
     * its group after it; not when a group follows the verb (then the one did it: «أن مسلحاً قتل ثلاثة»).
     */
    private Action verbAfterReportedOne(Group g) {
        if (english || !isOne(g) || !opensClauseAt(g.first)) {
            return null;
        }
        int end = g.end();
        if (end + 1 < tokens.size() && !tokens.get(end + 1).punctuation()
                && lexicon.subject(tokens.get(end).word(), tokens.get(end + 1).word()) != null) {
            end++; // «أحد عناصر الأمن لقي حتفه»: the second word of a two-word noun
        }
        int after = specifierAfterOne(end + 1);
        if (after >= tokens.size()) {
            return null;
        }
        if (after == end + 1 && actionStartingAt[after] == null && after + 1 < tokens.size()
                && describesOne(tokens.get(end).word(), after)) {
            after++; // «إن امرأة مسنّة لقيت حتفها»: one adjective between the one and its verb
        }
        if (actionStartingAt[after] == null) {
            after = pastAgeOfOne(after);
        }
        if (actionStartingAt[after] == null && after + 1 < tokens.size() && !tokens.get(after).punctuation()
                && lexicon.isPluperfectParticle(tokens.get(after).word())) {
            after++; // «أن جندياً قد قُتل»: the particle before the verb
        }
        Action a = actionStartingAt[after];
        if (a == null || !a.rule().position().before()
                || groups.stream().anyMatch(o -> o != g && o.first > a.last() && o.first <= a.last() + 2
                        && !(o.first == a.last() + 2 && ownSubjectPassiveAt(a.last() + 1)))) {
            return null; // not «أن امرأة قُتلت وأصيب أربعة»: the four follow a verb of their own, the woman's is hers
        }
        return a;
    }

    /** «وأصيب»: و and one of the {@code own_subject_passives} at {@code k}, an action word opening a clause of its own. */
    private boolean ownSubjectPassiveAt(int k) {
        if (english || k >= tokens.size() || tokens.get(k).punctuation() || actionStartingAt[k] == null) {
            return false;
        }
        String w = tokens.get(k).word();
        return lexicon.startsWithLink(w) && lexicon.isOwnSubjectPassive(lexicon.withoutProclitic(w));
    }

    /**
     * «رجلاً يبلغ من العمر ٤٠ عاماً لقي حتفه»، «رجلاً بعمر ٤٠ عاماً»: an age word ({@code ages}) within three words
     * from {@code k}, its number right after it and the unit, then an action word: that word, the verb of the one
     * whose age it tells; else {@code k}.
     */
    private int pastAgeOfOne(int k) {
        for (int j = k; j < tokens.size() && j <= k + 2; j++) {
            if (tokens.get(j).punctuation() || numberStart[j] || actionStartingAt[j] != null) {
                return k;
            }
            if (lexicon.isAge(tokens.get(j).word())) {
                if (j + 3 >= tokens.size() || !numberStart[j + 1] || tokens.get(j + 2).punctuation()) {
                    return k;
                }
                return actionStartingAt[j + 3] != null ? j + 3 : k;
            }
        }
        return k;
    }

    /**
     * «امرأة مسنّة»، «رجلاً مسناً»، «مواطن مصري»: the word at {@code k} is an adjective on the one person {@code noun},
     * told by its agreeing ending (teh marbuta on a woman, the accusative alef, a nisba on a bare masculine), and is
     * no number, noun of the pack (but a singular nisba, «جندياً أردنياً»: the pack lists «أردنياً» as a person, here it
     * agrees with the one; or a singular, «امرأة مسنّة»: the same one described), function word or word joined by و
     * («امرأة وطفلة»).
     */
    private boolean describesOne(String noun, int k) {
        Token t = tokens.get(k);
        String w = t.word();
        if (t.punctuation() || numberStart[k] || w.length() < 3 || lexicon.subject(w) != null && !singularNisba(w)
                    && lexicon.singular(w) == null || lexicon.isFunctionWord(w) || w.charAt(0) == '\u0648') {
            return false;
        }
        char n = noun.charAt(noun.length() - 1);
        char e = w.charAt(w.length() - 1);
        if (n == '\u0629' || n == '\u0647') {
            return e == '\u0629' || e == '\u0647';
        }
        return n == '\u0627' ? e == '\u0627' : e == '\u064A';
    }

    /** «أردني»، «أردنياً»: a singular adjective of origin ({@code singular_nisba_endings}), the accusative alef read off. */
    private boolean singularNisba(String w) {
        String stem = lexicon.withoutAccusativeEnding(w);
        return lexicon.hasSingularNisbaEnding(stem != null ? stem : w);
    }

    /**
     * The one person at {@code first} opens a clause: right after a complementiser (أن شرطياً), at the start of the
     * sentence («عنصر من الشرطة أصيب بجروح»), or as the subject right after a speech verb («قال رجل أصيب في الهجوم»).
     */
    private boolean opensClauseAt(int first) {
        if (first == 0) {
            return true;
        }
        Token before = tokens.get(first - 1);
        return !before.punctuation() && (lexicon.isComplementiser(before.word())
                || first == 1 && lexicon.announces(before.word()));
    }

    /**
     * «عنصر من الشرطة»، «أحد عناصر الأمن»: past a partitive phrase of two words at most (من and a noun with or
     * without the article, no number, no action word) right after the one, the token after it; else {@code k}.
     */
    private int specifierAfterOne(int k) {
        if (k + 1 >= tokens.size() || tokens.get(k).punctuation() || !lexicon.isPartitivePreposition(tokens.get(k).word())) {
            return k;
        }
        for (int j = k + 1; j <= Math.min(k + 2, tokens.size() - 1); j++) {
            if (tokens.get(j).punctuation() || numberStart[j] || actionStartingAt[j] != null) {
                return j == k + 1 ? k : j;
            }
        }
        return Math.min(k + 3, tokens.size());
    }

    /** The most words between a group read by its ending and its action: "were", "have been"; «قوات الأمن» before it. */
    private static final int ENDING_ACTION_REACH = 2;

    /**
     * "Gunmen kidnapped three technicians", "Four electricians were killed": the action of a group whose noun was
     * read by its ending only stands right before it (in Arabic past the verb's subject, at most
     * {@link #ENDING_ACTION_REACH} words) or at most {@link #ENDING_ACTION_REACH} words after it; farther
     * off the noun is no one the action befell ("The arrest of development worried three economists").
     */
    private boolean actionNextTo(Group g) {
        // an Arabic verb stands before its subject, and the subject before the object: «اعتقلت قوات الأمن ستة نقابيين»
        return g.actionLast < g.first ? g.first - g.actionLast - 1 <= (english ? 0 : ENDING_ACTION_REACH)
                : g.actionToken > g.end() && g.actionToken - g.end() - 1 <= ENDING_ACTION_REACH;
    }

    /**
     * An arrest told of people counted before it in the sentence, by a plural object pronoun on the arrest word and an
     * arresting body as its subject (Arabic): «أحكاماً بحق 5 متهمين …، بعد أن ضبطتهم الأجهزة الأمنية في تشرين الثاني»,
     * «ويُحاكم 11 متهماً، كانت الأجهزة الأمنية قد ألقت القبض عليهم في آذار». The last group before the pronoun with
     * who it counts and nothing that befell it (none bound or undone between) is bound to that arrest, and returned;
     * else null. Not «إنقاذ ٦٣ شخصاً احتجزتهم المياه»: the water is no arresting body, and the 63 were rescued.
     */
    private Group resumedArrest(List<Group> groups) {
        for (int k = 0; k < tokens.size(); k++) {
            Action resuming = tokens.get(k).punctuation() ? null : resumingArrest(k);
            if (resuming == null || !arrestingBodyAround(resuming)) {
                continue;
            }
            Group found = null;
            for (Group g : groups) {
                if (g.end() >= resuming.first()) {
                    break;
                }
                if (g.action != null || cancelled.contains(g)) {
                    found = null;
                } else if (g.category != null && g.partOf == null && !g.others) {
                    found = g;
                }
            }
            if (found != null) {
                bindTo(found, resuming);
                return found;
            }
        }
        return null;
    }

    /**
     * An arresting body ({@code arresting_bodies}) as the subject of the arrest {@code a}: among the four words before it
     * («كانت الأجهزة الأمنية قد ألقت القبض عليهم») or the two after it («ضبطتهم الأجهزة الأمنية»), within its clause.
     */
    private boolean arrestingBodyAround(Action a) {
        for (int j = a.first() - 1; j >= Math.max(0, a.first() - 4) && !tokens.get(j).punctuation(); j--) {
            if (lexicon.isArrestingBody(tokens.get(j).word())) {
                return true;
            }
        }
        for (int j = a.last() + 1; j < Math.min(tokens.size(), a.last() + 3) && !tokens.get(j).punctuation(); j++) {
            if (lexicon.isArrestingBody(tokens.get(j).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The arrest a plural object pronoun ({@code resuming_pronouns}) at {@code k} is the object of (Arabic): the
     * pronoun on an arrest verb («ضبطتهم»، «اعتقلتهم») or on the preposition that closes an arrest phrase («ألقت القبض
     * عليهم»), as an action ending at the token {@code k}; else null.
     */
    private Action resumingArrest(int k) {
        String stem = english ? null : lexicon.withoutResumingPronoun(tokens.get(k).word());
        if (stem == null) {
            return null;
        }
        for (CountLexicon.ActionPhrase p : lexicon.actionsStartingWith(stem)) {
            if (p.words().size() == 1 && p.rule().parsedAction() == CountClaim.Action.ARRESTED && p.rule().position().before()
                    && !p.rule().isOfEarlier()) {
                return new Action(k, k, p.rule());
            }
        }
        Action a = k > 0 ? actionEndingAt[k - 1] : null;
        if (a == null || a.rule().parsedAction() != CountClaim.Action.ARRESTED) {
            return null;
        }
        int length = a.last() - a.first() + 2;
        for (CountLexicon.ActionPhrase p : lexicon.actionsStartingWith(tokens.get(a.first()).word())) {
            if (p.words().size() == length && p.rule() == a.rule() && p.words().get(length - 1).equals(stem)
                    && matchedEnd(p.words().subList(0, length - 1), a.first()) == a.last()) {
                return new Action(a.first(), k, p.rule());
            }
        }
        return null;
    }

    /** What befell the group is {@code a}'s action, read from its words. */
    private static void bindTo(Group g, Action a) {
        g.action = a.rule().parsedAction();
        g.actionToken = a.first();
        g.actionLast = a.last();
    }

    /** How many words a relative clause or a specifier may run before what befell the group. */
    private static final int CLAUSE_REACH = 8;

    /**
     * "Three firefighters who tried to reach the victims were also injured": a relative pronoun at {@code k}
     * opens a clause on the group; when no action word stands in it and a passive auxiliary (were, was) after
     * its verb closes it, the last token of the clause, else {@code k}. The auxiliary is the group's own. An
     * origin phrase ("two volunteers from a local emergency response room were among the dead") is read alike,
     * and so is a participle that is no action word ("Six miners trapped in the flooded shaft were killed").
     */
    private int relativeClauseEnd(int k) {
        if (!lexicon.isRelativePronoun(tokens.get(k).word()) && !lexicon.isOriginPreposition(tokens.get(k).word())
                && !participleAt(k)) {
            return k;
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 1 + CLAUSE_REACH); j++) {
            if (tokens.get(j).punctuation()) {
                return k;
            }
            if (j > k + 1 && lexicon.isPassiveAuxiliary(tokens.get(j).word()) && actionWithin(j, 2)) {
                return j - 1; // "were injured", "were also injured"
            }
            if (j > k + 1 && perfectPassiveAt(j)) {
                return j - 1; // "two men suspected of acting as informants for the kidnappers had been arrested"
            }
            Action own = actionStartingAt[j];
            if (own != null && !takesObjectAfter(own)) {
                // "who were injured", "who was detained in March": the clause says what befell them; past a longer clause
                // ("Four fishermen who set out from the port are unaccounted for", blind7's kinds) the same verb, out of reach
                return j > k + 1 && lexicon.isRelativePronoun(tokens.get(k).word()) ? j - 1 : k;
            }
            if (own != null) {
                j = own.last(); // "Five men who killed two guards were arrested": what the men did, not their lot
            }
        }
        return k;
    }

    /**
     * "had been arrested", "have been detained": an auxiliary, another auxiliary and an action word right after them,
     * the perfect passive that closes a clause on the group as "were arrested" does.
     */
    private boolean perfectPassiveAt(int j) {
        return english && j + 2 < tokens.size() && lexicon.isAuxiliary(tokens.get(j).word())
                && lexicon.isAuxiliary(tokens.get(j + 1).word()) && actionStartingAt[j + 2] != null;
    }

    /** A word with a describing ending (trapped, working) at {@code k} that is no action, subject or function word. */
    private boolean participleAt(int k) {
        String w = tokens.get(k).word();
        return english && !tokens.get(k).punctuation() && actionStartingAt[k] == null && lexicon.hasDescribingEnding(w)
                && lexicon.subject(w) == null && !lexicon.isFunctionWord(w);
    }

    /** An action word starting at {@code j} or at most {@code n} tokens after it, with no punctuation before. */
    private boolean actionWithin(int j, int n) {
        for (int i = j; i < Math.min(tokens.size(), j + n + 1) && !tokens.get(i).punctuation(); i++) {
            if (actionStartingAt[i] != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The owner of the building was detained", "the driver of the lorry was arrested": a specifier preposition at {@code
     * k} right after a one's noun, opening a phrase of an article or possessive and lower-case nouns (at most three words,
     * no number, action or other function word) that the one's own passive auxiliary ({@code passive_auxiliaries})
     * closes: the last token of the phrase, else {@code k}. The phrase says whose the one is.
     */
    private int ofThingBeforeOwnPassive(int k) {
        if (!lexicon.isSpecifierPreposition(tokens.get(k).word())) {
            return k;
        }
        for (int j = k + 1; j < Math.min(tokens.size(), k + 5); j++) {
            Token t = tokens.get(j);
            if (t.punctuation() || numberStart[j] || actionStartingAt[j] != null) {
                return k;
            }
            if (lexicon.isPassiveAuxiliary(t.word())) {
                return j - 1 > k + 1 ? j - 1 : k;
            }
            boolean determiner = lexicon.isDefiniteArticle(t.word()) || lexicon.isIndefiniteArticle(t.word())
                    || lexicon.isPossessive(t.word());
            if (!determiner && (lexicon.isFunctionWord(t.word()) || !t.word().chars().allMatch(Character::isLowerCase))) {
                return k;
            }
        }
        return k;
    }

    /**
     * "60 members of the Iraqi security forces were killed": a specifier preposition at {@code k} right after
     * the group's noun, with a subject noun closing its phrase and no action word in it; the last token of
     * the phrase, else {@code k}.
     */
    private int specifierEnd(int k) {
        if (!lexicon.isSpecifierPreposition(tokens.get(k).word())) {
            return k;
        }
        int end = k;
        for (int j = k + 1; j < Math.min(tokens.size(), k + 1 + CLAUSE_REACH / 2); j++) {
            String w = tokens.get(j).word();
            if (tokens.get(j).punctuation() || actionStartingAt[j] != null || numberStart[j] || lexicon.announces(w)
                    || lexicon.isFunctionWord(w) && !lexicon.isTitleArticle(w)) {
                break; // "A member of the council said two people were killed": the phrase ends before the verb
            }
            if (lexicon.isLink(w) && j + 1 < tokens.size() && !tokens.get(j + 1).punctuation()
                    && lexicon.isIndefiniteArticle(tokens.get(j + 1).word())) {
                break; // "three members of the security forces and a hotel guest": one more person, not the phrase (dev24-en-029)
            }
            if (lexicon.subject(tokens.get(j).word()) != null) {
                end = j;
            } else if (j + 1 < tokens.size() && !tokens.get(j + 1).punctuation()
                    && lexicon.subject(tokens.get(j).word(), tokens.get(j + 1).word()) != null) {
                end = j + 1; // "security forces"
            } else if (english && Character.isUpperCase(text.codePointAt(originalStart[j]))) {
                end = j; // "Twelve members of the Rapid Support Forces were killed": a named force's words
            }
        }
        return end;
    }

    /**
     * "Governor Ali Saleh visited the wounded": in English an action word after "the" and another word
     * after the group is a noun for other people, the object of that word, also after an object
     * preposition ("cared for the wounded"); "two of the wounded were children" (right after "of
     * the") still names the group's own lot.
     */
    private boolean objectNoun(Action a, Group g) {
        int k = a.first();
        return english && k - 2 > g.end() && lexicon.isTitleArticle(tokens.get(k - 1).word())
                && !tokens.get(k - 2).punctuation() && (!lexicon.isFunctionWord(tokens.get(k - 2).word())
                        || lexicon.isObjectPreposition(tokens.get(k - 2).word()))
                && actionEndingAt[k - 2] == null;
    }

    /**
     * A speech verb at {@code k}, after a group and its phrase, with no action word on either side of it and no "to"
     * after it: the group is its speaker, and what follows is what they said ("Two members of the National Assembly
     * said 14 people were killed"). Not "Two men said to be militants", "Two people confirmed dead", "that".
     */
    private boolean speaksAfterGroup(int k) {
        String w = tokens.get(k).word();
        return lexicon.announces(w) && !lexicon.isComplementiser(w) && actionStartingAt[k] == null
                && actionEndingAt[k] == null && k + 1 < tokens.size() && actionStartingAt[k + 1] == null
                && !lexicon.isHearsayParticle(tokens.get(k + 1).word());
    }

    /** A speech verb right before the group ("قال رئيس بلدية …", "said the mayor of …"): the group speaks. */
    private boolean announcedAfterVerb(Group g) {
        return g.first > 0 && !tokens.get(g.first - 1).punctuation() && lexicon.announces(tokens.get(g.first - 1).word());
    }

    /**
     * "انتشلت فرق الإنقاذ جثث أربعة مفقودين": in Arabic a result noun right before the count is the
     * head of a construct (the bodies of four missing) and says what befell them.
     */
    private boolean constructHead(Action a, Group g) {
        return !english && a.rule().position() == CountRules.Position.NOUN && a.last() == g.first - 1
                && !lexicon.startsWithLink(tokens.get(g.first).word()); // not "38 قتيلاً و19 مفقوداً"
    }

    /**
     * "أفرج مسلحون عن 18 من أصل 52 تلميذاً": in Arabic the doer may stand between a cancelling verb
     * and its preposition ("أفرج عن"); one or two words between them still cancel the group after.
     */
    private boolean cancelledAcrossAgent(Group g) {
        return cancelledAcrossAgent(g, lexicon.cancels());
    }

    /** {@link #cancelledAcrossAgent(Group)} for the phrases of one list. */
    private boolean cancelledAcrossAgent(Group g, List<List<String>> phrases) {
        if (english || g.first < 3) {
            return false;
        }
        for (List<String> p : phrases) {
            int n = p.size();
            if (n == 1 && cancelledBeforeDoer(p.get(0), g)) {
                return true;
            }
            if (n < 2 || !lexicon.sameWord(p.get(n - 1), tokens.get(g.first - 1).word(), false)) {
                continue;
            }
            for (int gap = 1; gap <= 2; gap++) {
                int start = g.first - 1 - gap - (n - 1);
                if (start >= 0 && !punctuationBetween(start, g.first - 1) && matchesFirst(p, n - 1, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many words a doer between a cancelling verb of one word and its object may run («وأنقذ خفر السواحل»). */
    private static final int DOER_REACH = 3;

    /**
     * «وأنقذ خفر السواحل عشرين شخصاً»، «حررت القوات الخاصة ثلاثة رهائن»: an Arabic cancelling word of one word (a rescue, a
     * release), its doer of one to {@link #DOER_REACH} words between it and the group: the group it took, as right before
     * it. Not across punctuation, a number or an action word: then the words between are no doer but a clause.
     */
    private boolean cancelledBeforeDoer(String cancel, Group g) {
        for (int gap = 1; gap <= DOER_REACH; gap++) {
            int at = g.first - 1 - gap;
            if (at < 0 || tokens.get(at + 1).punctuation()) {
                return false;
            }
            int between = at + 1;
            if (numberStart[between] || actionStartingAt[between] != null) {
                return false;
            }
            if (!tokens.get(at).punctuation() && lexicon.sameWord(cancel, tokens.get(at).word(), true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * «وأمر المدعي العام بتوقيف ثلاثة أشخاص»: a counted group right after an order to detain ({@code detention_orders}),
     * the doer between them or not, is held by the order, not cancelled as an order to arrest someone at large is.
     */
    private boolean heldByOrder(Group g) {
        boolean counted = false;
        for (int k = g.first; k <= g.last && !counted; k++) {
            counted = numberStart[k]; // «بتوقيف موظفين اثنين»: the number after its noun counts the group too
        }
        return counted && (endsWithPhrase(g.first - 1, lexicon.detentionOrders()) >= 0
                || cancelledAcrossAgent(g, lexicon.detentionOrders()));
    }

    private boolean punctuationBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).punctuation()) {
                return true;
            }
        }
        return false;
    }

    /** The first {@code n} words of {@code words} at {@code at}. */
    private boolean matchesFirst(List<String> words, int n, int at) {
        for (int j = 0; j < n; j++) {
            if (!lexicon.sameWord(words.get(j), tokens.get(at + j).word(), j == 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * In English, a group with a passive of its own that undoes what befell the group before:
     * "Two boys drowned and a third was rescued" (dev10-en-008), "killed four villagers and two
     * others were freed" — the rescued and freed are no casualties (J22 of dev10).
     */
    private boolean ownVerbCancels(Group g) {
        int k = g.end() + 1;
        if (k + 1 >= tokens.size() || !lexicon.isPassiveAuxiliary(tokens.get(k).word())) {
            return false;
        }
        int j = k + 1;
        if (english && j + 1 < tokens.size() && lexicon.hasAdverbEnding(tokens.get(j).word())) {
            j++; // "was safely rescued"
        }
        return lexicon.undoes(tokens.get(j).word());
    }

    /**
     * In English, a vague quantity of a group named before ("several of the wounded were in
     * critical condition", "many of the dead") is a share of it, no part of its own (J22 of dev10:
     * vague shares give no part; dev10-en-007).
     */
    private boolean vagueShareOfThe(Group g) {
        return english && g.count.value() == null && g.count.approximate() && g.first == g.end() && ofTheAt(g.last + 1);
    }

    /**
     * A vague quantity of the group just counted, by a pronoun: "at least 22 others were wounded, several of them
     * critically", "Dozens more were wounded, many of whom were in serious condition": the state of people already
     * counted, as "several of the wounded" ({@link #vagueShareOfThe}; dev14-en-010). A number keeps its part
     * ("40 others were injured, 12 of them critically", dev13-en-019).
     */
    private boolean vagueShareOfThem(Group g) {
        int of = g.last + 1;
        return english && g.count.value() == null && g.count.approximate() && g.first == g.end() && of + 1 < tokens.size()
                && lexicon.isPartitivePreposition(tokens.get(of).word()) && lexicon.isPartitivePronoun(tokens.get(of + 1).word());
    }

    /**
     * A bare vague quantity with no noun of its own, wounded after a group already counted as wounded in the sentence:
     * "Eleven people were hurt and several were in serious condition" tells the state of some of the eleven, no new
     * group (as {@link #vagueShareOfThe}). A number keeps its count ("three were in serious condition"), and a
     * wounding verb is a group of its own ("and dozens were treated for smoke inhalation").
     */
    private boolean vagueShareOfWounded(Group g, Action chosen) {
        if (!english || g.count.value() != null || !g.count.approximate() || g.first != g.end()
                || chosen.rule().parsedAction() != CountClaim.Action.WOUNDED || chosen.first() < g.first) {
            return false;
        }
        String opening = tokens.get(chosen.first()).word();
        if (!lexicon.isPlacePreposition(opening) && !lexicon.isStillWord(opening)) {
            return false; // a state ("in serious condition", "still in hospital"), not "and dozens were treated for burns"
        }
        return groups.stream().anyMatch(h -> h != g && h.last < g.first && h.action == CountClaim.Action.WOUNDED);
    }

    /**
     * "Of the 40 passengers on board, 12 were killed", "Among the 300 workers at the plant, 15 were injured": an
     * English sentence that opens with "of the" or "among the" names the whole group as a frame before the comma,
     * and the count after the comma is the one the action befell (dev rule 12 takes no whole from a frame: the 40 are
     * no casualty count). Not when the frame's own clause has an action ("Among the 250 people detained during the
     * protests, 30 were charged": the 250 were detained). Reads the two words before {@code g}, the words up to the
     * next comma and the group right after it.
     */
    private boolean frameOfShare(Group g, List<Group> all) {
        int of = g.first - 2;
        if (!english || of < 0 || !lexicon.isDefiniteArticle(tokens.get(of + 1).word())
                || !lexicon.isPartitivePreposition(tokens.get(of).word()) && !lexicon.isPart(tokens.get(of).word())) {
            return false;
        }
        if (of > 0 && !tokens.get(of - 1).punctuation() && !(of == 1 && lexicon.isLink(tokens.get(0).word()))) {
            return false; // "six of the 17 musicians": a share named before, read as such elsewhere
        }
        for (int k = g.end() + 1; k < tokens.size() && k <= g.end() + CLAUSE_REACH; k++) {
            if (actionStartingAt[k] != null) {
                return false;
            }
            if (isComma(k)) {
                int next = k + 1;
                return all.stream().anyMatch(o -> o != g && o.first == next);
            }
            if (tokens.get(k).punctuation()) {
                return false;
            }
        }
        return false;
    }

    /**
     * "إجلاء 200 مريض من المستشفى", "evacuated 35 patients, including 12 children": patients moved out of a hospital or
     * by ambulance are the sick in care, no people displaced from their homes (conv. 2 of dev: patients are no
     * casualties); their parts go with them. Reads the group's words and the word right after its count
     * ({@code patients}), as "patients" is no subject noun of its own in English.
     */
    private boolean evacuatedPatients(Group g) {
        if (g.action != CountClaim.Action.DISPLACED) {
            return false;
        }
        for (int k = g.first; k <= Math.min(tokens.size() - 1, g.end() + 1); k++) {
            if (!tokens.get(k).punctuation() && lexicon.isPatient(tokens.get(k).word())) {
                return true;
            }
            if (k > g.end() && tokens.get(k).punctuation()) {
                break;
            }
        }
        if (g.partOf == null && isPartMarked(g)) {
            // "35 patients, including 12 children": the patients are no group of their own in English, their part is
            for (int k = g.first - 1; k >= Math.max(1, g.first - PART_MARKER_REACH - 1); k--) {
                if (isComma(k)) {
                    return lexicon.isPatient(tokens.get(k - 1).word());
                }
            }
        }
        return false;
    }

    /**
     * "One of the three kidnapped engineers was found dead": a share bound to a participle standing inside the whole
     * named after its "of the" (between the whole's count and its noun) took the whole's word; the participle tells what
     * befell the whole, and the action the whole was bound to after its noun tells what befell the share. The two are
     * swapped: killed 1, kidnapped 3. English only; reads the groups' bound action tokens.
     */
    private void participleOfTheWhole(Group part) {
        if (!english || part.action == null || !ofTheAt(part.end() + 1)) {
            return;
        }
        int at = part.end() + 3;
        Group whole = groups.stream().filter(o -> o.first == at && o.action != null).findFirst().orElse(null);
        if (whole == null || part.actionToken <= whole.last || part.actionToken >= whole.end()
                || whole.actionToken <= whole.end() || whole.action == part.action) {
            return;
        }
        CountClaim.Action action = part.action;
        int token = part.actionToken;
        int last = part.actionLast;
        part.action = whole.action;
        part.actionToken = whole.actionToken;
        part.actionLast = whole.actionLast;
        whole.action = action;
        whole.actionToken = token;
        whole.actionLast = last;
    }

    /**
     * "The militants killed six of the 17 soldiers", "Six of the 17 soldiers were killed", «قتل المسلحون اثنين من
     * الحراس الخمسة»: the whole named after "of the"/"من" right after a share is the frame the share is taken from;
     * when the one action word bound to the share is bound to it too, nothing befell the whole as such (dev rule 12
     * takes no whole from a frame), so only the share is a claim. A whole with an action word of its own ("freed 38 of
     * the 61 schoolgirls abducted", dev2) keeps it. Reads the one or two words between the share and {@code g}; returns
     * the share, which takes the whole's noun when it has none of its own, else null.
     */
    private Group wholeOfSameAction(Group g, List<Group> all) {
        if (g.action == null || g.actionToken < 0) {
            return null;
        }
        for (Group part : all) {
            if (part == g || part.action != g.action || part.actionToken != g.actionToken || part.last >= g.first) {
                continue;
            }
            int of = english || part.subjectToken < part.last ? part.end() + 1 : part.last + 1; // «ثلاثة من الحراس»: its noun the whole's
            if (of >= tokens.size() || tokens.get(of).punctuation() || !lexicon.isPartitivePreposition(tokens.get(of).word())) {
                continue;
            }
            boolean framed = english
                    ? g.first == of + 2 && lexicon.isDefiniteArticle(tokens.get(of + 1).word())
                    : (g.subjectToken == of + 1 || g.subjectToken < 0 && !tokens.get(of + 1).punctuation())
                        && g.first <= of + 2 && g.first > of; // «من الحراس الخمسة»: the noun, then its number
            if (framed) {
                if (part.subjectToken < 0 && g.subject != null) {
                    part.subject = g.subject; // the six are soldiers, as the whole they are taken from
                    part.category = g.category;
                }
                return part;
            }
        }
        return null;
    }

    /**
     * "Among the 250 detained, 30 were later charged", "Police arrested 40 people; 10 were charged with rioting": in
     * English a group bound to an action word before it, across punctuation, whose own clause right after it is a
     * passive of prosecution ({@code prosecution_words} after was/were, one adverb at most between) tells what
     * befell it: charged, not arrested again (rule 12 counts no part the text gives no action of the kind).
     */
    private boolean chargedInOwnClause(Group g) {
        if (!english || g.action == null || g.actionToken < 0 || g.actionToken > g.first
                || !punctuationBetween(g.actionLast + 1, g.first)) {
            return false;
        }
        int aux = g.end() + 1;
        if (aux >= tokens.size() || !lexicon.isPassiveAuxiliary(tokens.get(aux).word())) {
            return false;
        }
        for (int k = aux + 1; k < Math.min(tokens.size(), aux + 3) && !tokens.get(k).punctuation(); k++) {
            if (lexicon.isProsecutionWord(tokens.get(k).word())) {
                return true;
            }
            if (actionStartingAt[k] != null) {
                return false;
            }
        }
        return false;
    }

    /** "45 of those detained had since been released": a share of the ones named after "of those" (dev24-en-008). */
    private boolean ofThoseAt(int k) {
        return k + 1 < tokens.size() && lexicon.isPartitivePreposition(tokens.get(k).word()) && tokens.get(k + 1).word().equals("those");
    }

    /** "of the" at tokens {@code k} and {@code k + 1}: a share taken from a group named by what follows. */
    private boolean ofTheAt(int k) {
        return k + 1 < tokens.size() && lexicon.isPartitivePreposition(tokens.get(k).word()) && lexicon.isDefiniteArticle(tokens.get(k + 1).word());
    }

    /**
     * «٣٩ مصاباً غادروا المستشفيات»، «١١ من المصابين غادروا المستشفى»: a wounded count whose result noun (or the share's
     * "of the wounded") is followed right away by a phrase of {@code discharges} counts patients sent home, no casualty
     * (rule 2; dev23-ar-007 has none, blind9's adjudication #20). Not a verb's count ("أصيب خمسة … وغادروا المستشفى").
     */
    private boolean dischargedRightAfter(Group g) {
        if (g.action != CountClaim.Action.WOUNDED || g.actionToken < g.first || lexicon.discharges().isEmpty()) {
            return false;
        }
        Action noun = actionStartingAt[g.actionToken];
        if (noun == null || noun.rule().position() != CountRules.Position.NOUN) {
            return false; // "أصيب خمسة أشخاص بجروح وغادروا المستشفى": a verb's wounded, treated and sent home, still wounded
        }
        int from = Math.max(noun.last(), g.end()) + 1;
        for (int k = from; k < Math.min(tokens.size(), from + MAX_AFTER) && !tokens.get(k).punctuation(); k++) {
            if (endsWithPhrase(k, lexicon.discharges()) == from) {
                return true;
            }
        }
        return false;
    }

    /**
     * "41 of the injured remained in hospital", "اثنين من الجرحى ما زالا في المستشفى": a share of the wounded
     * whose clause only says they are still in hospital counts patients, not casualties (conv. 2 of dev, K6 of
     * dev11); "four of the wounded were in critical condition" still counts them.
     */
    private boolean stillInHospital(Group g) {
        int of = g.last + 1;
        boolean partitive = english
                ? of + 2 < tokens.size() && ofTheAt(of)
                : of + 1 < tokens.size() && lexicon.isPartitivePreposition(tokens.get(of).word());
        if (!partitive) {
            return false;
        }
        Action wounded = actionStartingAt[english ? of + 2 : of + 1];
        if (wounded == null || wounded.rule().parsedAction() != CountClaim.Action.WOUNDED) {
            return false;
        }
        for (int k = wounded.last() + 1; k < Math.min(tokens.size(), wounded.last() + 1 + MAX_AFTER)
                && !tokens.get(k).punctuation(); k++) {
            if (endsWithPhrase(k, lexicon.hospitalStays()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Two were injured and 11 were rescued unhurt", "20 passengers escaped uninjured", "taken to hospital unhurt but
     * shaken": a word of {@code unhurt_words} in the group's own clause, before any other group, link or action word, or
     * right after its action word, says nothing befell them (a second count after a first inherits no action then); so
     * does a reason of care that is no wound ({@code care_reasons}) there: "12 others were treated for shock".
     */
    private boolean unhurtInOwnClause(Group g) {
        if (g.action != null && g.action != CountClaim.Action.WOUNDED && g.action != CountClaim.Action.KILLED) {
            return false; // "evacuated about 600 residents as a precaution": the displaced, whatever their state
        }
        boolean care = g.action != CountClaim.Action.KILLED;
        for (int k = g.end() + 1; k < Math.min(tokens.size(), g.end() + 1 + CLAUSE_REACH); k++) {
            Token t = tokens.get(k);
            if (t.punctuation() || numberStart[k] || lexicon.isLink(t.word())) {
                return false;
            }
            if (phraseStartsAt(k, lexicon.unhurtWords()) || care && phraseStartsAt(k, lexicon.careReasons())) {
                return true; // also "12 others were treated for shock": care and no action word
            }
            Action a = actionStartingAt[k];
            if (a != null) {
                return phraseStartsAt(a.last() + 1, lexicon.unhurtWords());
            }
        }
        return false;
    }

    /** The most words between a wounded phrase of care and its reason: "taken to hospital in Leeds for checks". */
    private static final int CARE_REASON_REACH = 3;

    /**
     * "Seven passengers were taken to hospital for checks", "… as a precaution", "… suffering from shock", "airlifted
     * to hospital with hypothermia": a reason of {@code care_reasons} within {@link #CARE_REASON_REACH} words after the
     * wounded phrase told after the group, in its clause, says they were cared for and not hurt: no casualty.
     */
    private boolean caredForNoWound(Group g) {
        if (g.action != CountClaim.Action.WOUNDED || g.actionToken <= g.end() || g.actionLast < 0) {
            return false;
        }
        for (int k = g.actionLast + 1; k < tokens.size() && k <= g.actionLast + CARE_REASON_REACH; k++) {
            Token t = tokens.get(k);
            if (t.punctuation() || numberStart[k] || lexicon.isLink(t.word()) || actionStartingAt[k] != null) {
                return false;
            }
            if (phraseStartsAt(k, lexicon.careReasons())) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of {@code phrases} starts at token {@code k}. */
    private boolean phraseStartsAt(int k, List<List<String>> phrases) {
        for (List<String> p : phrases) {
            if (k >= 0 && k + p.size() <= tokens.size() && matches(p, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a number starts strictly between tokens {@code from} and {@code to}. */
    private boolean numberBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (numberStart[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * "More than 60 students were hospitalised with food poisoning", "أصيب 60 طالباً بتسمم غذائي": an illness
     * named in the clause right after a wounded group and its action word makes them patients, no casualties.
     */
    private boolean fellIll(Group g, Action chosen) {
        if (chosen.rule().parsedAction() != CountClaim.Action.WOUNDED) {
            return false;
        }
        int from = Math.max(g.end(), chosen.last()) + 1;
        for (int k = from; k < Math.min(tokens.size(), from + MAX_AFTER) && !tokens.get(k).punctuation(); k++) {
            if (endsWithPhrase(k, lexicon.illnesses()) >= from) {
                return true;
            }
        }
        return false;
    }

    /**
     * «استولت العصابة على نحو مليوني جنيه من أكثر من ٥٠ ضحية»: a group counted by a victim noun (a killed action
     * of position {@code noun}) after a phrase of taking money by deceit or theft ({@code takings}) earlier in its
     * sentence counts the victims of that crime, who were hurt by nobody: no dead (blind10's adjudication #31).
     */
    private boolean victimsOfTaking(Group g) {
        if (g.action != CountClaim.Action.KILLED || lexicon.takings().isEmpty() || g.actionToken < g.first
                || actionStartingAt[g.actionToken] == null
                || actionStartingAt[g.actionToken].rule().position() != CountRules.Position.NOUN) {
            return false;
        }
        for (int k = 0; k < g.first; k++) {
            if (endsWithPhrase(k, lexicon.takings()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Arabic: an action word written as a verbal noun (إصابة، مقتل) right after a number of another group is that
     * group's counted noun («سجلت 80 إصابة بالملاريا و12 …», «عن 15 إصابة، بينها ثلاث»), not a verb whose object
     * a later group is.
     */
    private boolean nounOfCountBefore(Action a) {
        int before = a.first() - 1;
        return !english && before >= 0 && !lexicon.startsWithLink(tokens.get(a.first()).word()) // not "مقتل خمسة وإصابة 12"
                && groups.stream().anyMatch(h -> h.last == before && h.subjectToken < 0);
    }

    /**
     * Arabic: a wounded count (إصابات) in a sentence that names an illness right after a wounding word
     * («تسجيل 45 إصابة بالحصبة منذ مطلع العام، مقارنة بتسع إصابات في العام الماضي») counts cases of the illness, as
     * {@link #fellIll} reads the first: patients, no casualties (conv. 2 of dev).
     */
    private boolean casesOfIllness(Action chosen) {
        if (english || chosen.rule().parsedAction() != CountClaim.Action.WOUNDED) {
            return false;
        }
        for (Action a : actions()) {
            if (a.rule().parsedAction() == CountClaim.Action.WOUNDED) {
                for (int k = a.last() + 1; k < Math.min(tokens.size(), a.last() + 4) && !tokens.get(k).punctuation(); k++) {
                    if (endsWithPhrase(k, lexicon.illnesses()) > a.last()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "Six of the 17 musicians abducted last month have been freed": a part taken "of the" whole whose
     * clause ends in a cancelling phrase (freed, released) is what was undone, not what befell them.
     */
    private boolean undoneLater(Group g) {
        if (!english || !ofTheAt(g.last + 1) && !ofThoseAt(g.last + 1)) {
            return false;
        }
        for (int k = g.last + 3; k < tokens.size() && !tokens.get(k).punctuation(); k++) {
            if (endsWithPhrase(k, lexicon.cancels()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * In English, an "and" at {@code k} before the group with a word of another verb between them
     * ("and picked up 47 migrants", "and evacuated 40 villagers"): what stands before the "and" is not
     * what befell the group. An action word right before the "and" ("arrested and charged five") is.
     */
    private boolean opensClauseOfItsOwn(int k, Group g) {
        if (!english || k + 1 >= g.first || !lexicon.isLink(tokens.get(k).word()) || k > 0 && actionEndingAt[k - 1] != null) {
            return false;
        }
        for (int j = k + 1; j < g.first; j++) {
            String w = tokens.get(j).word();
            if (!tokens.get(j).punctuation() && !lexicon.isFunctionWord(w) && !lexicon.isPossessive(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A complementiser joined to what stands before it (", and that", "وأن"، "، أن") at {@code k}: it
     * opens another reported clause, which no action word before it reaches into.
     */
    private boolean opensReportedClause(int k) {
        if (tokens.get(k).punctuation() || !lexicon.isComplementiser(tokens.get(k).word())) {
            return false;
        }
        if (!english && lexicon.startsWithLink(tokens.get(k).word())) {
            return true;
        }
        return k > 0 && (isComma(k - 1) || lexicon.isLink(tokens.get(k - 1).word()));
    }

    /**
     * "Two policemen, a soldier and a civilian were killed", "…, and two accomplices and a driver were killed":
     * in English a group at {@code k} after a comma or "and" right after {@code g}, a group that opens its clause (no
     * action word right before it), makes a list when only further groups, each after a comma, stand up to a last
     * one after "and", and a word (the list's verb) follows that last one; the verb is every member's, so the list
     * is passed over with no distance and no stop. Returns the last member, else null: "Of the 40 passengers, 12
     * were killed" (no "and"; a share), "21 miners were trapped and 3 were killed" (a verb between closes the first
     * group's clause), "Troops killed 12 militants and two soldiers were wounded" (the 12 are the object before).
     */
    private Group listMemberAt(Group g, int k) {
        if (!english || k != g.end() + 2 || !isComma(k - 1) && !lexicon.isLink(tokens.get(k - 1).word())
                || g.first > 0 && (lexicon.isPartitivePreposition(tokens.get(g.first - 1).word())
                    || actionEndingAt[g.first - 1] != null)) {
            return null; // "Troops killed 12 militants and two soldiers were wounded": the 12 are the verb's before
        }
        int at = k;
        while (true) {
            int start = at;
            Group member = groups.stream().filter(o -> o != g && o.first == start && o.action == null).findFirst().orElse(null);
            if (member == null) {
                return null;
            }
            boolean last = lexicon.isLink(tokens.get(start - 1).word());
            int next = member.end() + 1;
            if (last) {
                return next < tokens.size() && !tokens.get(next).punctuation() ? member : null;
            }
            if (next + 1 >= tokens.size()) {
                return null;
            }
            if (isComma(next) && lexicon.isLink(tokens.get(next + 1).word())) {
                at = next + 2; // "a soldier, and a civilian": the serial comma before the last one
            } else if (isComma(next) || lexicon.isLink(tokens.get(next).word())) {
                at = next + 1;
            } else {
                return null;
            }
        }
    }

    /**
     * True when another group starts at {@code k} as the subject of a clause of its own: in
     * English, after "and" that follows other words ("21 miners were trapped and 3 were killed").
     * Only a link between them ("two soldiers and an interpreter were killed") or no link at all
     * ("five nationals are among 23 people arrested") keeps the search going.
     */
    private boolean startsOtherGroup(Group g, int k) {
        if (!english || k - 1 <= g.end() + 1 || !lexicon.isLink(tokens.get(k - 1).word())
                || groups.stream().noneMatch(o -> o != g && o.first == k)) {
            return false;
        }
        for (int j = g.end() + 1; j < k - 1; j++) {
            if (!isComma(j) && !lexicon.isLink(tokens.get(j).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Two of the wounded died of their wounds", "اثنان من الجرحى توفيا": the action word right after
     * "of the"/"من" names the group the counted ones are taken from; when another action word follows
     * it in the clause, that one says what befell them (alone, "two of the wounded were children", it
     * still does).
     */
    private boolean namesWholeOf(Group g, Action a) {
        int k = a.first();
        boolean partitive = english
                ? k >= 2 && k - 2 == g.end() + 1 && ofTheAt(k - 2)
                : k == g.end() + 2 && lexicon.isPartitivePreposition(tokens.get(k - 1).word()) && lexicon.hasArticlePrefix(tokens.get(k).word());
        if (!partitive) {
            return false;
        }
        for (int j = a.last() + 1; j < Math.min(tokens.size(), a.last() + 1 + MAX_AFTER); j++) {
            if (tokens.get(j).punctuation()) {
                return false;
            }
            Action next = actionStartingAt[j];
            if (next != null && next.rule().position().after() && next.rule().parsedAction() != a.rule().parsedAction()) {
                return true;
            }
        }
        return false;
    }

    /** "who was detained", "who had been arrested": a relative passive whose subject is the person before it. */
    private boolean relativePassive(Action a) {
        return endsWithPhrase(a.first() - 1, lexicon.relativePassives()) >= 0;
    }

    /**
     * "a similar one killed twenty-five civilians": a bare "one" right before a verb with its own group
     * after it stands for a thing (an attack), the verb's subject, not a person it befell.
     */
    private boolean pronounOne(Group g, Action right) {
        return g.subjectToken < 0 && g.count.value() != null && g.count.value() == 1 && g.first == g.last
                && right.first() == g.last + 1 && right.last() + 1 < tokens.size() && !tokens.get(right.last() + 1).punctuation();
    }

    /**
     * True when a group starts right after an action word of either position: its object. Not a group after a
     * link or a comma: "Twelve people were killed, 30 wounded and five remain missing" wounds the 30, whose
     * elliptical verb is followed by the next group of the list, not by an object.
     */
    private boolean takesObjectAfter(Action a) {
        return a.rule().position() == CountRules.Position.EITHER
                && groups.stream().anyMatch(o -> o.first > a.last() && o.first <= a.last() + 2
                        && (o.first == a.last() + 1 || !tokens.get(a.last() + 1).punctuation()
                            && !lexicon.isLink(tokens.get(a.last() + 1).word())));
    }

    /**
     * "raising to 11 the toll from the collapse", "bringing to 14 the number of dead", «ليرفع إلى 11 عدد القتلى»: the
     * count a toll rose to, put before the toll noun itself; the rise word ({@code toll_rises}) stands right before the
     * count and the toll right after it (past an English article). Null when the group is not so framed.
     */
    private Action tollRightAfter(Group g) {
        if (g.subjectToken >= 0 || endsWithPhrase(g.first - 1, lexicon.tollRises()) < 0) {
            return null;
        }
        int k = g.end() + 1;
        if (english && k < tokens.size() && lexicon.isDefiniteArticle(tokens.get(k).word())) {
            k++;
        }
        if (k >= tokens.size()) {
            return null;
        }
        if (english && actionStartingAt[k] == null && k + 1 < tokens.size() && actionStartingAt[k + 1] != null) {
            k++; // "the death toll": the first word of the toll is a word of its own
        }
        Action a = actionStartingAt[k];
        return a != null && a.rule().isToll() ? a : null;
    }

    /** "The death toll from Sunday's landslide in Swat rose to 48": a toll noun anywhere before a risen count. */
    private Action tollBefore(Group g) {
        if (endsWithPhrase(g.first - 1, lexicon.tollRises()) < 0) {
            return null;
        }
        Action toll = null;
        for (Action a : actions()) {
            if (a.rule().isToll() && a.last() < g.first) {
                toll = a;
            }
        }
        return toll;
    }

    private Action choose(Group g, Action left, Action right, int toRight) {
        if (left == null || right == null) {
            return left != null ? left : right;
        }
        if (english && otherGroupsPassiveBefore(g, left)) {
            return right; // "Two rescuers were lightly injured, and a man in his 70s was found dead": the man's own verb
        }
        int toLeft = g.first - left.last() - 1;
        if (toLeft != toRight) {
            return toLeft < toRight ? left : right;
        }
        return english ? right : left;
    }

    /**
     * "Three firefighters were slightly injured overnight, and a man in his 70s was found dead": the verb before
     * {@code g} is another group's own passive (that group, an auxiliary and adverbs in "-ly" right before it), and a
     * link after it opens the clause {@code g} stands in, so the verb after {@code g} is what befell it, however far
     * an age or a place puts it off (blind18's adjudication K3).
     */
    private boolean otherGroupsPassiveBefore(Group g, Action left) {
        if (left.last() >= g.first || !linkedBefore(g)) {
            return false;
        }
        int k = left.first() - 1;
        while (k >= 0 && !tokens.get(k).punctuation() && lexicon.hasAdverbEnding(tokens.get(k).word())
                && !lexicon.isAuxiliary(tokens.get(k).word())) {
            k--;
        }
        if (k < 0 || tokens.get(k).punctuation() || !lexicon.isAuxiliary(tokens.get(k).word())) {
            return false;
        }
        int auxiliary = k;
        return groups.stream().anyMatch(o -> o != g && o.end() == auxiliary - 1);
    }

    /**
     * "قتلت قوات الدعم السريع الطبيب السوداني أحمد عبد الرحيم وممرضة", "arrested Hawre Aziz, a local
     * correspondent for a Kurdish TV channel, and his cameraman": a person joined by a link to a person
     * before it that has an action, at most {@link #COORDINATION_REACH} words on and with no action word
     * between them, shares that action; a long title or name can put it past the reach of the verb. Its
     * evidence is its own words, as the verb is the first person's. A count before is not followed
     * ("قُتل 23 شخصاً في اشتباكات …، وفق ما أفاد به سكان وعامل صحي": the health worker is a source).
     */
    private void joinCoordinated(List<Group> groups) {
        Group previous = null;
        for (Group g : groups) {
            if (g.action == null && previous != null && (isOne(g) || ofOnesOwn(g)) && isOne(previous)
                    && g.first - previous.end() - 1 <= COORDINATION_REACH
                    && (linkedBefore(g) || endsWithPhrase(g.first - 1, lexicon.alongside()) >= 0) // «، إلى جانب رجل أعمال»
                    && !actionOrStopBetween(previous.end() + 1, g.first)
                    && endsWithPhrase(g.first - 1, lexicon.cancels()) < 0) {
                g.action = previous.action;
            }
            if (g.action != null) {
                previous = g;
            }
        }
        // "Journalist X and paramedic Y were killed": the verb after the second is the first's too, with only the link between
        for (int i = groups.size() - 2; i >= 0; i--) {
            Group g = groups.get(i);
            Group next = groups.get(i + 1);
            boolean listed = linkedBefore(next) || english && isComma(next.first - 1) && closesList(groups, i + 1);
            if (g.action == null && next.action != null && isOne(g) && isOne(next) && listed
                    && next.first - g.end() - 1 <= 1 && endsWithPhrase(g.first - 1, lexicon.cancels()) < 0) {
                g.action = next.action;
                g.actionToken = next.actionToken;
                g.actionLast = next.actionLast;
            }
        }
    }

    /**
     * "Inspector Joseph Kamau, Sergeant Peter Otieno and Constable Ann Wairimu were arrested" (dev21-en-009): the
     * person at {@code j}, after a comma, is an item of a list of one-person groups that a link closes further on
     * with the same action, not an apposition ("Kamau, a police officer, was arrested").
     */
    private boolean closesList(List<Group> groups, int j) {
        Group item = groups.get(j);
        for (int h = j + 1; h < groups.size(); h++) {
            Group later = groups.get(h);
            if (!isOne(later) || later.actionToken != item.actionToken) {
                return false;
            }
            if (linkedBefore(later)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "captured a regional commander of the Clan del Golfo gang and 11 of his men" (dev16-en-028): a count
     * of the person's own people ("N of his men") after a link shares that person's action like a second person.
     */
    private boolean ofOnesOwn(Group g) {
        int after = g.last + 1;
        if (lexicon.isPartitivePreposition(tokens.get(g.last).word())) {
            after--; // the number reading took the "of"
        }
        return after + 1 < tokens.size() && lexicon.isPartitivePreposition(tokens.get(after).word())
                && lexicon.isPossessive(tokens.get(after + 1).word());
    }

    /** How many words may stand between two people joined by a link ("Hawre Aziz, a local correspondent for a Kurdish TV channel, and"). */
    private static final int COORDINATION_REACH = 10;

    private static boolean isOne(Group g) {
        return g.count.value() != null && g.count.value() == 1 && g.ordinal == 0;
    }

    /** "and a nurse", ", and his cameraman", "وممرضة": a link right before the group or on its first word. */
    private boolean linkedBefore(Group g) {
        return lexicon.startsWithLink(tokens.get(g.first).word())
                || g.first > 0 && !tokens.get(g.first - 1).punctuation() && lexicon.isLink(tokens.get(g.first - 1).word());
    }

    /** An action word, or punctuation other than a comma, in tokens {@code [from, to)}. */
    private boolean actionOrStopBetween(int from, int to) {
        for (int k = from; k < to; k++) {
            if (actionStartingAt[k] != null || tokens.get(k).punctuation() && !isComma(k)) {
                return true;
            }
        }
        return false;
    }

    /** "… قبل أن يُقتل": a killing with no group of its own is the attacker's, when one was named. */
    private void bindAttackerToLoneAction(List<Group> groups) {
        boolean attackerKilled = groups.stream()
                .anyMatch(g -> g.category == CountClaim.Category.ATTACKER && g.action == CountClaim.Action.KILLED);
        for (Group g : groups) {
            if (g.category == CountClaim.Category.ATTACKER && g.action == null && !attackerKilled) {
                // "فجّر انتحاري حزامه …، إضافة إلى مقتل المهاجم": the attacker killed further on is the same one
                int last = killingAroundEnd(g);
                if (last > 0) {
                    g.action = CountClaim.Action.KILLED; // "فجّر انتحاري نفسه": the attacker blew himself up
                    g.actionToken = g.first - 1;
                    g.actionLast = last;
                }
            }
        }
        for (Action a : actions()) {
            boolean bound = groups.stream().anyMatch(g -> g.actionToken == a.first());
            if (bound || a.rule().parsedAction() != CountClaim.Action.KILLED) {
                continue;
            }
            groups.stream().filter(g -> g.category == CountClaim.Category.ATTACKER && g.action == null && g.first < a.first())
                    .reduce((x, y) -> y).ifPresent(g -> {
                        g.action = CountClaim.Action.KILLED;
                        g.actionToken = a.first();
                        g.actionLast = a.last();
                    });
        }
    }

    /**
     * «لقي ثلاثة أطفال حتفهم غرقاً … وانتشل الغواصون جثث الأطفال الثلاثة»: the dead counted by the bodies of a definite
     * noun and a definite number after it ({@code body_nouns}) are a group told before, no new claim; unless an earlier
     * claim of the paragraph counts as many with another action (فُقد ثلاثة صيادين … جثث الصيادين الثلاثة: the missing
     * found dead).
     */
    private boolean bodiesToldAgain(Group g, List<CountClaim> earlier) {
        if (english || g.action != CountClaim.Action.KILLED || g.count.value() == null || g.last != g.first + 1
                || g.first == 0 || !definite(g.first) || !definite(g.last)
                || !lexicon.isBodyNoun(tokens.get(g.first - 1).word())) {
            return false;
        }
        return earlier.stream().noneMatch(c -> c.action() != CountClaim.Action.KILLED
                && g.count.value().equals(c.count().value()));
    }

    /**
     * "… before turning the weapon on himself, police said. The attacker, a 34-year-old former employee, died at the
     * scene.": the lone attacker's death told again in a later sentence, once an earlier claim of the article holds
     * the death of one attacker; the same man, no second claim (dev17-en-024).
     */
    private static boolean attackerDeathToldAgain(Group g, List<CountClaim> earlier) {
        return g.category == CountClaim.Category.ATTACKER && g.action == CountClaim.Action.KILLED && isOne(g) && g.ordinal == 0
                && earlier.stream().anyMatch(c -> c.action() == CountClaim.Action.KILLED && c.subject() != null
                        && c.subject().category() == CountClaim.Category.ATTACKER && c.count().value() != null && c.count().value() == 1);
    }

    /**
     * "فارق شاب الحياة متأثراً بجروحه": in Arabic the one who died stands between the verb and the rest of a phrase of
     * death that is read after its group (فارق الحياة), as the attacker does in "فجّر انتحاري نفسه"; a group left without
     * an action and so framed is killed. Reads {@code killed} phrases of two words or more from the claims rules.
     */
    private void bindFramedDeath(List<Group> groups) {
        if (english) {
            return;
        }
        for (Group g : groups) {
            if (g.action == null && g.category != null && g.category != CountClaim.Category.ATTACKER && !cancelled.contains(g)) {
                int last = killingAroundEnd(g);
                if (last > 0) {
                    g.action = CountClaim.Action.KILLED;
                    g.actionToken = g.first - 1;
                    g.actionLast = last;
                }
            }
        }
    }

    /**
     * "فجّر انتحاري نفسه"، "فجّرت الانتحارية حزامها الناسف": in Arabic the doer stands between the verb and
     * the rest of a killing phrase that stands after its group (فجر نفسه); the last token of that phrase
     * when the group's own words are so framed, else -1.
     */
    private int killingAroundEnd(Group g) {
        int after = g.end() + 1;
        if (english || g.first < 1 || after >= tokens.size() || tokens.get(g.first - 1).punctuation()) {
            return -1;
        }
        return framedKillingEnd(g.first - 1, after);
    }

    /**
     * The last token of a killing phrase that stands after its group, its first word at {@code verb} and its other words
     * from {@code rest} on (the doer between: "فجّر انتحاري نفسه"), or -1 when no such phrase stands there.
     */
    private int framedKillingEnd(int verb, int rest) {
        return framedEnd(verb, rest, CountClaim.Action.KILLED);
    }

    /** As {@link #framedKillingEnd}, for a phrase of {@code action}. */
    private int framedEnd(int verb, int rest, CountClaim.Action action) {
        String word = tokens.get(verb).word();
        return framedEnd(lexicon.startingAsWritten(word), lexicon.startingBare(word), rest, action);
    }

    /** {@link #framedEnd(int, int, CountClaim.Action)} of a verb whose phrases are {@code asWritten} and {@code bare}. */
    private int framedEnd(CountLexicon.Starting asWritten, CountLexicon.Starting bare, int rest, CountClaim.Action action) {
        for (CountLexicon.ActionPhrase p : lexicon.actionsStartingWith(asWritten, bare, tokens.get(rest).word())) {
            List<String> words = p.words();
            if (words.size() > 1 && p.rule().parsedAction() == action && p.rule().position().after()
                    && matchesRest(words, rest)) {
                return rest + words.size() - 2;
            }
        }
        return -1;
    }

    /** Whether the words of a phrase after its first stand from token {@code at} on. */
    private boolean matchesRest(List<String> words, int at) {
        if (at + words.size() - 1 > tokens.size()) {
            return false;
        }
        for (int j = 1; j < words.size(); j++) {
            if (!lexicon.sameWord(words.get(j), tokens.get(at + j - 1).word(), false)) {
                return false;
            }
        }
        return true;
    }

    private void resolvePartsAndOthers(List<Group> groups) {
        Group previous = null;
        Group last = null; // the group right before g, with or without an action
        for (Group g : groups) {
            Group before = last;
            last = g;
            if (before == null && g.action == null && partWordRightBefore(g)) {
                Action noun = definiteActionNounBefore(g);
                if (noun != null) {
                    bindTo(g, noun); // "Most of the displaced are women, including 1,200 children": a part of the earlier toll
                    g.ofEarlier = true;
                    g.partOfNoun = true;
                }
            }
            if (before != null && before.action == null && before != previous && before.partOf == null
                    && previous != null && before.first > previous.first && (g.action == null || g.actionToken < g.first)
                    && isPartMarked(g)) {
                // "وأن 300 ألف شخص يحتاجون إلى مساعدات، بينهم 150 ألف طفل": a part of a group nothing befell
                // is no part of the toll before it, nor its whole
                g.action = null;
                continue;
            }
            if (previous != null && (g.action == null || g.actionToken < g.first) && isPartMarked(g) && saysOtherOfShare(g)) {
                g.action = null; // "arrested five men; one of them had been beaten": no part of the arrest
                continue;
            }
            if (g.action == null && g.ordinal > 1 && previous != null && previous.partOf == null
                    && Long.valueOf(g.ordinal - 1).equals(previous.count.value()) && !ownVerbCancels(g)) {
                // "detained 12 U.N. staff members …, and a thirteenth was taken from his home": one more of them
                g.action = previous.action;
                g.actionToken = previous.actionToken;
                g.actionLast = previous.actionLast;
                g.others = true;
            }
            boolean captured = false;
            boolean linkedToPart = previous != null && previous.partOf != null && linked(previous, g)
                    && (g.action == null || g.action == previous.action); // not "تسعة شهداء، بينهم أربعة أطفال، وعشرات الجرحى"
            if (previous != null && (isPartMarked(g) || linkedToPart)
                    && endsWithPhrase(g.first - 1, lexicon.cancels()) < 0) { // not "and released two of them"
                Group whole = previous.partOf != null ? previous.partOf : previous;
                if (takenOf(g, whole)) {
                    // "قتلت ١١ من المهاجمين وأسرت اثنين منهم": those of them captured are a claim of their own
                    captured = true;
                    g.category = whole.category;
                    g.subject = whole.subject;
                    g.like = whole;
                } else if (whole.partOf == null && larger(g, whole)) {
                    // "Five foreign nationals are among 23 people arrested": the marked group is the whole
                    whole.partOf = g;
                    g.action = g.action != null ? g.action : whole.action;
                    whole.action = g.action;
                } else {
                    g.partOf = whole;
                    g.action = whole.action;
                }
            }
            if (g.colleague) {
                // "Journalist X was killed and his colleague Y was wounded": a journalist, of no nationality of X's
                g.category = previous != null && previous.category != CountClaim.Category.ATTACKER
                        ? previous.category : CountClaim.Category.PEOPLE;
                g.subject = previous != null ? previous.subject : null;
            } else if (g.others && previous != null) {
                // "killed 27 people, including six children, and wounded 54 others": more of the whole, not of its part
                Group like = g.partOf == null && previous.partOf != null ? previous.partOf : previous;
                g.category = like.category;
                g.subject = like.subject;
                g.like = like;
            } else if (g.others) {
                g.category = CountClaim.Category.PEOPLE;
            }
            if (g.category == null && g.action != null && g.subjectToken < 0 && previous != null
                    && previous.category != CountClaim.Category.ATTACKER) {
                // "Eight of our soldiers were martyred and 15 wounded": a bare count is more of the group before
                g.category = previous.category;
                g.subject = previous.subject;
                g.like = previous;
            }
            if (g.category == null && g.action != null) {
                g.category = CountClaim.Category.PEOPLE;
            }
            // "قتلت أحد المهاجمين واعتقلت اثنين آخرين": more of the attackers, the object of an arrest verb before them
            boolean arrestedOthers = g.others && g.action == CountClaim.Action.ARRESTED && g.actionToken >= 0
                    && g.actionToken < g.first;
            if (g.category == CountClaim.Category.ATTACKER && g.action != CountClaim.Action.KILLED
                    && g.action != CountClaim.Action.WOUNDED && g.action != CountClaim.Action.ARRESTED && !captured && !arrestedOthers) {
                g.action = null;
            }
            if (g.action != null) {
                previous = g;
            }
        }
    }

    /**
     * "وأسرت اثنين منهم", "and captured two of them": a part taken by an arrest or kidnapping verb of
     * its own, right before it, from a whole that was killed or wounded, is no part of that toll.
     */
    private boolean takenOf(Group g, Group whole) {
        return g.action != null && whole.action != null && g.action != whole.action
                && (g.action == CountClaim.Action.ARRESTED || g.action == CountClaim.Action.KIDNAPPED)
                && (whole.action == CountClaim.Action.KILLED || whole.action == CountClaim.Action.WOUNDED)
                && g.actionToken >= 0 && g.actionLast == g.first - 1;
    }

    /**
     * "They included the former lawmaker Salma Ben Youssef": a group bound by words that name no action
     * takes that of the last whole before it, in its sentence or an earlier one of the paragraph; with
     * none, it is no claim. Words after the count ("Four of them were women") bind it only with the noun that
     * says who the share are, as {@link #numberGroup} binds them: "Two of them were later released" tells something else.
     */
    private void inheritActions(List<Group> groups, List<CountClaim> earlier) {
        for (Group g : groups) {
            if (g.actionToken < 0 || actionStartingAt[g.actionToken] == null
                    || !actionStartingAt[g.actionToken].rule().inheritsAction()) {
                continue;
            }
            CountClaim.Action whole = null;
            for (Group o : groups) {
                if (o.first < g.first && o.action != null && !o.ofEarlier && o.partOf == null) {
                    whole = o.action;
                }
            }
            for (int i = earlier.size() - 1; whole == null && i >= 0; i--) {
                if (earlier.get(i).partOf() == null) {
                    whole = earlier.get(i).action();
                }
            }
            g.action = whole;
        }
    }

    /** How many words a release may stand from the words that set a count apart from it ("freed all but four"). */
    private static final int EXCEPT_REACH = 6;

    /**
     * "All but four were freed", "freed all but four of the hostages", «وأُفرج عن جميع المخطوفين باستثناء أربعة»: the group
     * right after words of {@code excepting}, with a release ({@code cancels}) in the clause before them or after the group,
     * is those not released; {@link #heldOfAKidnapping} keeps it only as a part of a kidnapping counted before.
     */
    private boolean exceptedFromRelease(Group g) {
        int start = endsWithPhrase(g.first - 1, lexicon.excepting());
        if (start < 0) {
            return false;
        }
        for (int k = start - 1; k >= Math.max(0, start - EXCEPT_REACH) && !tokens.get(k).punctuation(); k--) {
            if (endsWithPhrase(k, lexicon.cancels()) >= 0) {
                return true;
            }
        }
        for (int k = g.end() + 1; k < Math.min(tokens.size(), g.end() + 1 + EXCEPT_REACH) && !tokens.get(k).punctuation(); k++) {
            if (endsWithPhrase(k, lexicon.cancels()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Four of them are still being held", "four remain in captivity", «ولا يزال أربعة منهم محتجزين»: a group kidnapped with
     * a word of {@code still_words} before it or in its action's words is still held now. Not one still missing: the
     * development gold keeps "The remaining 11 are still missing" after an abduction as missing (dev3-en-049, dev26-en-006).
     */
    private boolean stillCaptive(Group g) {
        if (g.action != CountClaim.Action.KIDNAPPED || g.actionToken < 0) {
            return false;
        }
        int to = Math.max(g.actionLast, g.first - 1);
        for (int k = Math.max(0, Math.min(g.first - 2, g.actionToken)); k <= to; k++) {
            if ((k < g.first || k > g.end()) && !tokens.get(k).punctuation() && lexicon.isStillWord(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Captives still held after a kidnapping counted before in the sentence or the paragraph ("Gunmen abducted 20 villagers
     * on Monday. All but four were freed on Wednesday", "Four of them are still being held"): a part of that kidnapping,
     * dated as it, not as the release; not "others" ("and six others remain in captivity" are no part of the whole). Those set apart from a release with no such kidnapping are no claim, nor a share with no noun bound by
     * words of a part of one ("Four of them are still being held", after an arrest).
     */
    private void heldOfAKidnapping(List<Group> groups, List<CountClaim> earlier) {
        for (Group g : groups) {
            if (g.partOf != null || g.others || !(g.excepted || stillCaptive(g))) {
                continue;
            }
            Group whole = null;
            for (Group w : groups) {
                if (w != g && w.first < g.first && w.action == CountClaim.Action.KIDNAPPED && !w.excepted && !w.heldOfWhole
                        && !w.ofEarlier && w.partOf == null && !larger(g, w)) {
                    whole = w;
                }
            }
            CountClaim before = null;
            for (int i = earlier.size() - 1; whole == null && before == null && i >= 0; i--) {
                CountClaim c = earlier.get(i);
                Long low = g.count.value() != null ? g.count.value() : g.count.min();
                Long high = c.count().value() != null ? c.count().value() : c.count().max();
                if (c.partOf() == null && c.action() == CountClaim.Action.KIDNAPPED && !(low != null && high != null && low >= high)) {
                    before = c;
                }
            }
            if (whole == null && before == null) {
                if (g.excepted || g.ofEarlier && g.subjectToken < 0 && g.actionToken > g.end()) {
                    g.action = null; // "Police detained 30 protesters. Four of them are still being held": no captives counted before
                }
                continue;
            }
            g.action = CountClaim.Action.KIDNAPPED;
            g.heldOfWhole = true;
            if (g.category == null) {
                g.category = CountClaim.Category.PEOPLE;
            }
            if (whole != null) {
                g.partOf = whole;
            } else {
                g.earlierWhole = before.id();
                g.wholeDate = before.date();
            }
        }
    }

    /** The last whole of the same action in {@code earlier} that the group is not larger than, or null. */
    private static String earlierWhole(Group g, List<CountClaim> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            CountClaim c = earlier.get(i);
            Long low = g.count.value() != null ? g.count.value() : g.count.min();
            Long high = c.count().value() != null ? c.count().value() : c.count().max();
            if (c.partOf() == null && c.action() == g.action && !(low != null && high != null && low > high)) {
                return c.id();
            }
        }
        return null;
    }

    /** True when {@code a} counts certainly more than {@code b}: a part is never larger than its whole. */
    private static boolean larger(Group a, Group b) {
        Long aLow = a.count.value() != null ? a.count.value() : a.count.min();
        Long bHigh = b.count.value() != null ? b.count.value() : b.count.max();
        return aLow != null && bHigh != null && aLow > bHigh;
    }

    private static final int PART_MARKER_REACH = 4;

    /** "including four children", "بينهم ثلاثة أطفال", and after the count: "two of them", "أربعة منهم". */
    /** How many words before a part the noun of the people it is taken from may stand ("most of the displaced are …"). */
    private static final int PART_WHOLE_NOUN_REACH = 8;
    /** In English, how far the whole's noun may stand before a part when a clause of the whole's own lies between. */
    private static final int PART_WHOLE_CLAUSE_REACH = 12;

    /**
     * "Most of the dead were civilians, including four children", «وأوضح المكتب أن معظم النازحين من النساء والأطفال،
     * بينهم نحو ١٢٠٠ طفل»: a part with no group before it in its sentence, after a definite action word used as a noun
     * (the dead, the displaced, القتلى، النازحين) within {@link #PART_WHOLE_NOUN_REACH} words ({@link
     * #PART_WHOLE_CLAUSE_REACH} in English), in no other clause (no
     * subordinator between), is taken from the people that word names, the toll of an earlier sentence. Else null.
     */
    private Action definiteActionNounBefore(Group g) {
        int reach = english ? PART_WHOLE_CLAUSE_REACH : PART_WHOLE_NOUN_REACH;
        for (int k = g.first - 1; k >= Math.max(0, g.first - reach); k--) {
            Action a = actionEndingAt[k];
            if (a != null) {
                boolean definite = english ? a.first() > 0 && lexicon.isDefiniteArticle(tokens.get(a.first() - 1).word())
                        : lexicon.hasArticlePrefix(tokens.get(a.first()).word());
                // "Most of the dead were crushed by falling walls, among them three children": in English a word of the
                // dead after its article is their noun, whatever side its verb reads
                boolean asNoun = a.rule().position() != CountRules.Position.AFTER || english && a.first() == a.last();
                return definite && !a.rule().isLight() && asNoun ? a : null;
            }
            CountRules.ActionRule noun = english || tokens.get(k).punctuation() ? null : lexicon.definiteActionNoun(tokens.get(k).word());
            if (noun != null && !noun.isLight()) {
                return new Action(k, k, noun); // «معظم النازحين»: the noun the pack lists bare (نازحين), with its article
            }
            if (numberStart[k] || endsWithPhrase(k, lexicon.subordinators()) >= 0) {
                return null;
            }
        }
        return null;
    }

    /**
     * «بينهم ثلاثة شاركوا في الهجوم»، «بينهم ثلاثة يُعتقد أنهم …»، "including two believed to have planted the bomb": right
     * after a bare number of a part, a word that opens a clause on the part ({@code belief_openers}, or in Arabic a word
     * that looks like a verb, no action word, noun of things or event) says what the part did, not who they are: the
     * part is people of the whole.
     */
    private boolean clauseOnBarePart(int k) {
        String w = tokens.get(k).word();
        if (tokens.get(k).punctuation() || actionStartingAt[k] != null) {
            return false;
        }
        if (lexicon.isBeliefOpener(w)) {
            return true;
        }
        return !english && !lexicon.isFunctionWord(w) && !lexicon.isNotCounted(w) && lexicon.event(w) == null
                && lexicon.subject(w) == null && lexicon.singular(w) == null && lexicon.looksLikeVerb(lexicon.withoutProclitic(w))
                && !lexicon.hasArticlePrefix(w);
    }

    /** "including 1,200 children", «بينهم نحو ١٢٠٠ طفل»: a part word right before the group (not a share "two of them"). */
    private boolean partWordRightBefore(Group g) {
        for (int k = g.first - 1; k >= Math.max(0, g.first - 2) && !tokens.get(k).punctuation(); k--) {
            if (lexicon.isPart(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    private boolean isPartMarked(Group g) {
        for (int k = g.first - 1; k >= Math.max(0, g.first - PART_MARKER_REACH) && actionEndingAt[k] == null
                && !tokens.get(k).punctuation(); k--) {
            if (lexicon.isPart(tokens.get(k).word()) && (k >= g.first - 2 || lexicon.startsWithLink(tokens.get(g.first).word()))) {
                return true; // also "بينهم أسرى محررون وطفلان": the last of a list the marker opens
            }
        }
        if (!english) {
            return ofThemAfter(g);
        }
        int after = g.last + 1;
        if (after < tokens.size() && lexicon.isPartitivePreposition(tokens.get(g.last).word())) {
            after--; // "a dozen of them women": the number reading took the "of"
        }
        return after + 1 < tokens.size() && lexicon.isPartitivePreposition(tokens.get(after).word())
                && lexicon.isPartitivePronoun(tokens.get(after + 1).word());
    }

    /**
     * "Police arrested five men; one of them had been beaten by the crowd": a share whose own auxiliary is followed
     * by a word that is no action, noun or article says something else of them (English); not "one of them a minor",
     * "two of them were children", "three of them were wounded", "three of them by fireworks" (no auxiliary).
     */
    private boolean saysOtherOfShare(Group g) {
        if (!english) {
            return false;
        }
        int k = g.last + 1;
        if (k < tokens.size() && lexicon.isPartitivePreposition(tokens.get(g.last).word())) {
            k--; // "a dozen of them": the number reading took the "of"
        }
        if (k + 1 >= tokens.size() || !lexicon.isPartitivePreposition(tokens.get(k).word())
                || !lexicon.isPartitivePronoun(tokens.get(k + 1).word())) {
            return false;
        }
        int verb = k + 2;
        k = verb;
        while (k < tokens.size() && k < verb + 3 && !tokens.get(k).punctuation() && actionStartingAt[k] == null
                && lexicon.isAuxiliary(tokens.get(k).word())) {
            k++;
        }
        if (k == verb || k >= tokens.size() || tokens.get(k).punctuation() || numberStart[k] || actionStartingAt[k] != null) {
            return false;
        }
        String w = tokens.get(k).word();
        return !isArticle(w) && !lexicon.isFunctionWord(w) && lexicon.subject(w) == null && lexicon.singular(w) == null;
    }

    private boolean isArticle(String w) {
        return lexicon.isIndefiniteArticle(w) || lexicon.isDefiniteArticle(w);
    }

    /** "ونُقل ثلاثة منهم إلى المستشفى": in Arabic, "of them" right after the count. */
    private boolean ofThemAfter(Group g) {
        return !english && g.last + 1 < tokens.size() && lexicon.isOfThemWord(tokens.get(g.last + 1).word());
    }

    /** True when only a conjunction or a comma (in English also a conjunction and a possessive) stands between two groups. */
    private boolean linked(Group a, Group b) {
        int end = a.end();
        if (english && end + 1 < b.first) {
            int specifier = specifierEnd(end + 1);
            if (specifier > end + 1 && specifier < b.first) {
                end = specifier; // "three members of the security forces and a hotel guest" (dev24-en-029)
            }
        }
        int between = b.first - end - 1;
        if (between == 0) {
            String w = tokens.get(b.first).word();
            return lexicon.startsWithLink(w) || lexicon.isLink(w); // "وتسع نساء"; "و9 نساء" read with its link
        }
        if (english && between == 2 && lexicon.isLink(tokens.get(end + 1).word())
                && lexicon.isPossessive(tokens.get(end + 2).word())) {
            return true; // "among them a woman and her two young daughters": her daughters, more of the list
        }
        return between == 1 && (lexicon.isLink(tokens.get(end + 1).word()) || isComma(end + 1));
    }

    private CountClaim claim(Group g, ClaimDate carried, Supplier<CountClaim.Location> carriedPlace) {
        boolean ownWords = g.actionToken >= 0 && g.partOf == null; // a part is its group's words alone
        int from = ownWords ? Math.min(g.first, g.actionToken) : g.first;
        int to = ownWords ? Math.max(g.end(), Math.max(g.actionToken, g.actionLast)) : g.end();
        String subjectText = g.subjectToken >= 0 ? text.substring(originalStart[g.subjectToken], originalEnd[g.subjectToken]) : null;
        int nearer = originalEnd[Math.min(tokens.size() - 1, g.end() + 5)];
        CountClaim.Subject subject = new CountClaim.Subject(subjectText, g.category, nationality(g),
                around.affiliation(originalStart[g.first], nearer).orElse(null));
        CountClaim.Location place = location();
        ClaimDate date = !g.heldOfWhole ? dateFor(g, carried) : g.partOf != null ? dateFor(g.partOf, carried) : g.wholeDate;
        return new CountClaim(g.id, g.action, g.count, subject, event(), date,
                place != null ? place : carriedPlace.get(),
                g.partOf != null ? g.partOf.id : g.earlierWhole, sentenceText(), new Span(originalStart[from], originalEnd[to]), false);
    }

    /**
     * The last token that may still describe the group's noun: up to two words after it, not past
     * a preposition (في، للقوات، from) or an action word ("مهاجم رتلا للقوات الأميركية": the
     * attacker is not American).
     */
    private int adjectivesEnd(Group g) {
        int end = g.end();
        for (int k = g.end() + 1; k <= Math.min(tokens.size() - 1, g.end() + 2); k++) {
            String w = tokens.get(k).word();
            if (tokens.get(k).punctuation() || lexicon.isFunctionWord(w) || actionStartingAt[k] != null
                    || (!english && lexicon.hasPrepositionProclitic(w) && w.length() > 3)) {
                break;
            }
            end = k;
        }
        return end;
    }

    /** The nationality stated with the group; "others" and parts take that of the group they belong to. */
    private String nationality(Group g) {
        String own = around.nationality(originalStart[g.first], originalEnd[adjectivesEnd(g)]).orElse(null);
        if (own == null) {
            own = accusativeNationalityOfOne(g);
        }
        if (own != null) {
            return own;
        }
        Group source = g.partOf != null ? g.partOf : g.like;
        return source != null && source != g ? nationality(source) : null;
    }

    /**
     * «جندياً تركياً»: the nationality of a singular nisba in the accusative that agrees with the one person before it;
     * the gazetteer lists no accusative form, whose letters may be the country's name (تركيا).
     */
    private String accusativeNationalityOfOne(Group g) {
        int k = g.end() + 1;
        if (english || !isOne(g) || k >= tokens.size() || !describesOne(tokens.get(g.end()).word(), k)) {
            return null;
        }
        String stem = lexicon.withoutAccusativeEnding(tokens.get(k).word());
        return stem == null || !singularNisba(stem) ? null : around.gazetteer().nationality(stem, Language.AR).orElse(null);
    }

    /** The date of the sentence, announced when an announcing word stands before the group and the date. */
    private ClaimDate dateFor(Group g, ClaimDate carried) {
        DateMention chosen = eventDateOf(g);
        for (DateMention d : chosen == null ? List.<DateMention>of() : List.of(chosen)) {
            int at = firstToken(d.span());
            // a statement's day after the group, the only day of the sentence ("…, police said on Sunday", «، حسب ما أفادت
            // المديرية في بلاغ اليوم الأحد»): the day it was announced too, not the event's (dev rule 15); not a day among
            // the words reported («أفادت مصادر بأن مسلحين اختطفوا أربعة …، يوم الجمعة 9 أكتوبر»: the abduction's)
            boolean announced = !inReportedWords(at) && (at < g.first && announcedBefore(g.first) || at > g.end() && saidOn(d));
            ClaimDate date = ClaimDate.of(d, announced ? ClaimDate.Role.ANNOUNCED : ClaimDate.Role.EVENT);
            if (!announced && claimedEventDate == null) {
                claimedEventDate = date;
            }
            return date;
        }
        return carried;
    }

    /**
     * Which of the sentence's dates is the event's: not one right after an announcing word ("the
     * ministry said on Tuesday"); a day rather than a longer period; and of several days the
     * earliest, since what is reported on (a funeral, a vow, an announcement) comes after the
     * killing ("funerals were held on Wednesday for the 14 soldiers killed on Monday"). A date next to the group
     * or its verb is its own, unless a finer date follows in the group's clause.
     */
    private DateMention eventDateOf(Group g) {
        if (heldStill(g)) {
            return dateNextTo(g); // "أفرجت السلطات، الثلاثاء، عن صحفيَّين … فيما لا يزال صحفي ثالث قيد الاحتجاز"
        }
        DateMention antecedent = antecedentDate(g);
        if (antecedent != null) {
            return antecedent; // "over the police response to protests in Puno in August, in which four people were killed"
        }
        DateMention relative = relativeClauseDate(g);
        if (relative != null) {
            return relative; // "journalist X, who was detained at Tehran airport in March 2025, went on trial on Monday"
        }
        DateMention own = bestDate(g, true);
        DateMention next = dateNextTo(g);
        if (next != null && (own == null || next.grain().ordinal() <= own.grain().ordinal()
                || firstToken(own.span()) < g.first)) {
            // a coarser date next to the count still beats a day before the group, which dates another verb
            // ("a court on Wednesday sentenced … for the killing of 23 protesters in November 2019")
            return next;
        }
        if (own == null) {
            DateMention cause = causeDate(g);
            if (cause != null) {
                return cause; // «… بغرق مركب قبالة سواحل رشيد في سبتمبر 2024، ما أسفر عن وفاة 19 شخصاً»: the sinking's month
            }
        }
        return own != null ? own : bestDate(g, false);
    }

    /**
     * For a group in a clause of what an event led to, opened right after a comma («…، ما أسفر عن وفاة 19 شخصاً»، «مما أدى
     * إلى»: the pack's {@code result_openers}), the nearest date of the clause before that comma: the event whose result is
     * counted, not the day another verb of the sentence names first («قضت المحكمة، أمس الخميس، بسجن 4 متهمين … بغرق مركب …
     * في سبتمبر/أيلول 2024، ما أسفر عن وفاة 19 شخصاً»: the sinking's month, dev38-ar-026). Null when that clause has none.
     */
    private DateMention causeDate(Group g) {
        int comma = g.first - 1;
        while (comma >= 0 && !tokens.get(comma).punctuation()) {
            comma--;
        }
        if (comma < 1 || !isComma(tokens.get(comma)) || comma + 2 >= g.first
                || !lexicon.isResultOpener(tokens.get(comma + 1).word(), tokens.get(comma + 2).word())) {
            return null;
        }
        DateMention cause = null;
        for (DateMention d : dates) {
            if (!d.resolved() || saidOn(d) || d.warnings().contains(DateRecognizer.RECURRING)
                    || d.span().end() > originalStart[comma]) {
                continue;
            }
            int at = firstToken(d.span());
            boolean sameClause = true;
            for (int k = at; k < comma; k++) {
                if (tokens.get(k).punctuation() && !insideAnotherDate(k, null)) {
                    sameClause = false; // a mark outside every date: the date is of an earlier clause
                    break;
                }
            }
            if (sameClause && (cause == null || d.span().start() > cause.span().start())) {
                cause = d;
            }
        }
        return cause;
    }

    /**
     * Whether {@code g} is held in a state that lasts ("a third journalist is still in detention", «فيما لا يزال
     * صحفي ثالث قيد الاحتجاز»): a word of {@code still_words} within two words before the group or between it and its
     * action word. Such a group takes only a date right beside it, not the day another verb of the sentence names.
     */
    private boolean heldStill(Group g) {
        if (g.action != CountClaim.Action.ARRESTED || g.partOf != null) {
            return false; // a part of a group held that day was held that day ("ولا يزال اثنان منهم قيد الاحتجاز")
        }
        int to = g.actionToken > g.end() ? g.actionToken : g.first;
        for (int k = Math.max(0, g.first - 2); k < to; k++) {
            if ((k < g.first || k > g.end()) && !tokens.get(k).punctuation() && lexicon.isStillWord(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a group in a relative clause of place or time opened right after a date ("protests in Puno in August, in which four
     * people were killed", "the floods of March, during which 12 people died"; dev30-en-023), that date: the clause tells
     * what befell the group in the event the date names, not on the day of the sentence's main verb ("Congress voted on
     * Monday to censure …"). English only; the clause opens at the comma right after the date.
     */
    private DateMention antecedentDate(Group g) {
        if (!english) {
            return null;
        }
        for (DateMention d : dates) {
            if (!d.resolved() || d.span().end() > originalStart[g.first]) {
                continue;
            }
            int k = firstToken(d.span());
            while (k < g.first && originalEnd[k] <= d.span().end()) {
                k++; // the first token after the date
            }
            if (k + 2 < g.first && tokens.get(k).punctuation() && ",".equals(tokens.get(k).word())
                    && lexicon.isRelativePlacePreposition(tokens.get(k + 1).word().toLowerCase(java.util.Locale.ROOT))
                    && "which".equalsIgnoreCase(tokens.get(k + 2).word()) && g.first - (k + 3) <= 2
                    && !punctuationBetween(k + 3, g.first)) {
                return d;
            }
        }
        return null;
    }


    /** For a named person whose action is a dated relative clause after the name, the clause's date, else null. */
    private DateMention relativeClauseDate(Group g) {
        if (!english || g.actionToken <= g.end() || !datedRelativeAfter(g.end())) {
            return null;
        }
        for (DateMention d : dates) {
            int at = firstToken(d.span());
            if (d.resolved() && at > g.actionToken && !punctuationBetween(g.actionToken, at)) {
                return d;
            }
        }
        return null;
    }

    /** How many tokens after the group or its action word a date may start and still be theirs ("arrested two men on Monday"). */
    private static final int NEXT_TO = 2;

    /**
     * A date right after the group or the word saying what befell it, which dates that verb's clause rather
     * than another event of the sentence: "Police arrested two men on Monday over a robbery on Saturday",
     * "اعتقلت الشرطة رجلين يوم الاثنين بتهمة سرقة وقعت يوم السبت"; "funerals were held on Wednesday for the
     * 14 soldiers killed on Monday" alike.
     */
    private DateMention dateNextTo(Group g) {
        for (DateMention d : dates) {
            if (!d.resolved() || saidOn(d) || d.warnings().contains(DateRecognizer.RECURRING) || inRelativeClause(d, g)) {
                continue;
            }
            int at = firstToken(d.span());
            if (nextTo(g.end(), at) || g.actionLast >= 0 && nextTo(g.actionLast, at)) {
                return d;
            }
        }
        return null;
    }

    /**
     * Whether a date at token {@code at} starts within {@link #NEXT_TO} tokens after token {@code end} with no
     * punctuation between: "were wounded, Monday's report said" dates the report, not the wounding.
     */
    private boolean nextTo(int end, int at) {
        if (at <= end) {
            return false;
        }
        // the place phrase is looked for only when the plain reach falls short
        boolean reached = at <= end + NEXT_TO || at <= placePhraseEnd(end + 1, at) + NEXT_TO;
        return reached && !punctuationBetween(end + 1, at);
    }

    /**
     * The last token of a place phrase opening at token {@code k} before a date at {@code at}, else -1: a place
     * preposition and a place of the gazetteer, or in English capitalised words that are no date ("the killing of
     * 23 protesters in Nasiriyah in November 2019", "بمقتل 23 متظاهرا في الناصرية في نوفمبر 2019"): where the
     * event was, which keeps the date after it the event's.
     */
    private int placePhraseEnd(int k, int at) {
        if (k + 1 >= at || tokens.get(k).punctuation() || !lexicon.isPlacePreposition(tokens.get(k).word())) {
            return -1;
        }
        int placeEnd = around.placeEndFrom(originalStart[k + 1]);
        int last = -1;
        for (int j = k + 1; j < at; j++) {
            boolean inPlace = placeEnd >= 0 && originalEnd[j] <= placeEnd;
            if (!inPlace && !(english && capitalisedName(j))) {
                break;
            }
            last = j;
        }
        return last;
    }

    /**
     * In English, whether a bare number ends a name: right after a capitalised word that does not open the sentence and
     * names no one the rules know, with the sentence's end, a comma or an announcing word after it ("according to
     * Article 19.", "Radio 24 said"). A count has its noun, or stands after a verb or a preposition.
     */
    private boolean numberOfName(int first, int last) {
        if (first < 2 || first != last || !capitalisedName(first - 1) || lexicon.subject(tokens.get(first - 1).word()) != null
                || lexicon.singular(tokens.get(first - 1).word()) != null || actionEndingAt[first - 1] != null) {
            return false;
        }
        return last + 1 >= tokens.size() || tokens.get(last + 1).punctuation() || lexicon.announces(tokens.get(last + 1).word());
    }

    /** Whether token {@code k} is a capitalised word that is no function word and no date ("Nasiriyah", not "November"). */
    private boolean capitalisedName(int k) {
        return !tokens.get(k).punctuation() && Character.isUpperCase(text.codePointAt(originalStart[k]))
                && !lexicon.isFunctionWord(tokens.get(k).word()) && !dateWordAt(k);
    }

    /**
     * The best of the event dates, with {@code sameClause} only of those in the group's own clause
     * (between the punctuation around it): "the two sides met in Mekelle on Sunday" is no date of
     * "fought a war from 2020 to 2022 that killed hundreds of thousands, and …" (E10).
     */
    private DateMention bestDate(Group g, boolean sameClause) {
        int from = 0;
        int to = tokens.size() - 1;
        // the clause between the punctuation around the group; else the part of the sentence between
        // semicolons, which join sentences of their own ("The march, scheduled for Sunday, is the
        // party's third this year; the first, in March, ended in clashes that killed two policemen")
        for (int k = g.first - 1; k >= 0; k--) {
            if (tokens.get(k).punctuation() && (sameClause || isSemicolon(tokens.get(k)))) {
                from = k + 1;
                break;
            }
        }
        for (int k = g.last + 1; k < tokens.size(); k++) {
            if (tokens.get(k).punctuation() && (sameClause || isSemicolon(tokens.get(k)))) {
                to = k - 1;
                break;
            }
        }
        DateMention best = null;
        for (DateMention d : dates) {
            if (!d.resolved() || saidOn(d) || d.warnings().contains(DateRecognizer.RECURRING) || inRelativeClause(d, g)
                    || inAnotherClause(d, g)) {
                continue; // an announcement's day, a schedule's ("every Monday"), another noun's (C5), another clause's
            }
            int at = firstToken(d.span());
            if (at < from || at > to) {
                continue;
            }
            if (best == null || d.grain().ordinal() < best.grain().ordinal()
                    || d.grain() == best.grain() && d.start().isBefore(best.start())) {
                best = d;
            }
        }
        return best != null || sameClause ? best : dates.stream()
                .filter(d -> d.resolved() && !d.warnings().contains(DateRecognizer.RECURRING) && !inRelativeClause(d, g)
                        && !inAnotherClause(d, g))
                .findFirst().orElse(null);
    }

    /**
     * Whether the date belongs to a clause of the sentence that the group is not in, and so dates another
     * happening than the group's:
     * <ul>
     * <li>a statement added after the group, opened by a complementiser past a punctuation mark with no announcing
     * verb of its own (that one is a new announcement, whose reported words are the event's): "About 50
     * people were wounded, he said, adding that the village had been shelled in October", «وأصيب 50 شخصاً، مضيفاً
     * أن القرية قُصفت في أكتوبر الماضي»: October is the shelling's;</li>
     * <li>in English, a clause that ends with the date before "and" and the group as the subject of its own verb:
     * "We buried the dead on Monday and eight people are still missing": Monday is the burial's. A date that
     * opens the sentence ("On Monday, a bomb exploded and 12 people were killed") stands over both clauses.</li>
     * <li>the day of a search for the group, whose own state is told after it: "Rescue teams were racing on Tuesday
     * to reach 12 miners trapped underground after a shaft collapsed on Monday", «واصلت فرق الإنقاذ الثلاثاء البحث
     * عن 12 عاملاً محاصرين تحت الأرض»: Tuesday is the search's, not the day they were trapped.</li>
     * </ul>
     * The group then takes the date of its own clause, or the one carried from the sentence before.
     */
    private boolean inAnotherClause(DateMention d, Group g) {
        int at = firstToken(d.span());
        int after = Math.max(g.end(), g.actionLast);
        if (at > after && setOffRelativeAction(g) && punctuationBetween(g.actionLast + 1, at)) {
            return true; // "the nine men, who are still missing, blocked a highway on Friday"
        }
        if (at > after) {
            boolean punctuated = false;
            int opened = -1;
            for (int k = after + 1; k < at; k++) {
                if (tokens.get(k).punctuation()) {
                    punctuated = true;
                } else if (opened < 0 && punctuated && opensStatement(tokens.get(k).word())
                        && !(k > 0 && lexicon.isTimeConjunction(tokens.get(k - 1).word())) && !announcerOpens(k)) {
                    opened = k;
                } else if (opened >= 0 && namesActionAgain(g, k)) {
                    // the statement names the group's happening again: «مشيرة إلى أن عملية الضبط جرت يوم الخميس»
                    return false;
                }
            }
            return opened >= 0;
        }
        if (g.partOf == null && g.actionToken > g.end() && searchedFor(lastToken(d.span()) + 1, g.first)) {
            return true;
        }
        if (!english || g.partOf != null || g.actionToken <= g.end() || g.first > lastToken(d.span()) + 3) {
            return false;
        }
        int link = lastToken(d.span()) + 1;
        if (link >= g.first || !lexicon.isLink(tokens.get(link).word()) || punctuationBetween(link, g.first)) {
            return false;
        }
        int words = 0;
        for (int k = 0; k < at; k++) {
            if (!tokens.get(k).punctuation()) {
                words++;
            }
        }
        return words >= 2; // the date ends a clause of its own words, not opens the sentence
    }

    /** Whether token {@code k} names the group's action again: the same action, or its word with the article. */
    private boolean namesActionAgain(Group g, int k) {
        if (actionStartingAt[k] != null && g.action.wire().equals(actionStartingAt[k].rule().action())) {
            return true;
        }
        if (g.actionToken < 0) {
            return false;
        }
        String w = tokens.get(k).word();
        String bare = !english && lexicon.hasArticlePrefix(w) && w.length() > 4 ? lexicon.withoutArticlePrefix(w) : w;
        return bare.equals(tokens.get(g.actionToken).word());
    }

    /**
     * Whether an announcing word of its own stands between the last punctuation and the complementiser at
     * {@code k} ("، وأعلنت الشرطة أن الحصار انتهى اليوم الثلاثاء"): a new announcement, whose reported words
     * are read as the event's ({@link #inReportedWords}); only a statement added to the one before ("adding
     * that", «مضيفاً أن», «مشيرة إلى أن») keeps its date from the count.
     */
    private boolean announcerOpens(int k) {
        for (int j = k - 1; j >= 0 && !tokens.get(j).punctuation(); j--) {
            if (lexicon.announces(tokens.get(j).word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the group's action is told in a relative clause set off by a comma right after the group: "the
     * nine men, who are still missing, blocked a highway on Friday", «الصيادون السبعة، الذين ما زالوا مفقودين،
     * …»: a date past that clause is the main verb's.
     */
    private boolean setOffRelativeAction(Group g) {
        int comma = g.end() + 1;
        if (g.partOf != null || g.actionToken <= comma + 1 || g.actionLast < 0 || comma + 1 >= tokens.size()
                || !isComma(tokens.get(comma))) {
            return false;
        }
        String opener = tokens.get(comma + 1).word();
        return (lexicon.isDatingRelative(opener) || !english && lexicon.isRelativeOpener(opener))
                && !punctuationBetween(comma + 1, g.actionToken);
    }

    /** Whether tokens {@code from} to {@code to} (exclusive) hold no punctuation and a word of a search or rescue ({@code search_words}): "in search of", "to reach", «بحثاً عن». */
    private boolean searchedFor(int from, int to) {
        if (from >= to || to - from > 6 || punctuationBetween(from, to)) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (isSearchWord(k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} is one of the {@code search_words}, read lower-cased. */
    private boolean isSearchWord(int k) {
        return lexicon.isSearchWord(tokens.get(k).word().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A complementiser opening a statement ("that", «أن», «بأن», «وأن»); not a word that merely ends in one
     * once a letter is read off as a proclitic («كان», «لأن»).
     */
    private boolean opensStatement(String w) {
        String bare = !english && w.length() > 2 && lexicon.startsWithLink(w) ? w.substring(1) : w;
        return lexicon.isComplementiser(bare) && (english || !lexicon.hasNotComplementiserProclitic(bare));
    }

    private static boolean isSemicolon(Token t) {
        return t.word().equals(";") || t.word().equals("\u061B");
    }

    /** How many words before a date its relative pronoun may stand. */
    private static final int RELATIVE_REACH = 8;

    /**
     * Whether the date sits in a relative clause that the group is not in: "arrested four men on
     * Wednesday over the killing of a lawyer whose body was found a week ago" (C5, E17): it dates
     * only that clause.
     */
    private boolean inRelativeClause(DateMention d, Group g) {
        int at = firstToken(d.span());
        for (int k = at - 1; k >= Math.max(0, at - RELATIVE_REACH); k--) {
            Token t = tokens.get(k);
            if (t.punctuation()) {
                return false;
            }
            if (lexicon.isDatingRelative(t.word())) {
                if (resultOfIncidentClause(k, d, g)) {
                    return false; // "the town of Kasese, where a bus overturned on Monday, killing four": the clause's incident
                }
                // "X, who was detained in March 2025": the clause's own action is the group's, and so is its date; so
                // too a clause right after the group that tells what befell it, though the group took a noun before it
                // ("the murder of a motorcycle taxi driver who died in custody last month", dev21-en-009)
                return !(g.first > k && g.first < at) && !(g.actionToken > k && g.actionToken < at)
                        && !(k == g.end() + 1 && actionInside(k + 1, at - 1));
            }
        }
        return false;
    }

    /**
     * Whether the relative word at {@code k} opens a clause telling an incident ({@code incident_relatives}: "where") that
     * ends with the date {@code d} at a comma, and the group stands in the participle clause right after that comma: "the
     * town of Kasese, where a bus overturned on Monday, killing four people", "where gunmen opened fire on Sunday, killing
     * six villagers and wounding 12" (kind 5 of a held-out review). What the participle says befell the group was the
     * clause's incident, and its day is theirs.
     */
    private boolean resultOfIncidentClause(int k, DateMention d, Group g) {
        if (!lexicon.isIncidentRelative(tokens.get(k).word().toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int comma = lastToken(d.span()) + 1;
        return comma + 1 < g.first && isComma(comma) && actionStartingAt[comma + 1] != null && !punctuationBetween(comma + 1, g.first);
    }

    /**
     * A date right after an announcing word: "said on Tuesday", "أعلنت، الخميس،"; the words of
     * another date between them are skipped, as a day named twice is one ("أعلنت الوزارة، أمس
     * الجمعة، القبض على 17 شخصاً").
     */
    private boolean saidOn(DateMention d) {
        int at = firstToken(d.span());
        int seen = 0;
        for (int k = at - 1; k >= 0 && seen < 3; k--) {
            if (!tokens.get(k).punctuation() && insideAnotherDate(k, d)) {
                continue;
            }
            seen++;
            if (!tokens.get(k).punctuation() && lexicon.announces(tokens.get(k).word())) {
                return true;
            }
        }
        return setOffAfterAnnouncement(d, at) || endsAttribution(d, at);
    }

    /** How many words a clause of attribution may run before the statement's day (its speaker may be long). */
    private static final int ATTRIBUTION_REACH = 12;

    /**
     * A date that ends a clause of attribution after the punctuation: the clause opens with a word of a figure's source
     * ({@code agents}: «بحسب ما أفادت به مصادر محلية اليوم الأحد», "according to …") or an announcing word («، قالت
     * مصادر أمنية في المدينة مساء السبت»), and holds no number, no action word and no complementiser before the date,
     * however long its speaker: «حسب ما أفادت المديرية العامة للأمن الوطني في بلاغ اليوم الأحد» (dev29-ar-022,
     * dev27-ar-020, dev3-ar-038). The statement's day, never the count's (dev rule 15); a later sentence may still
     * tell the incident's own day.
     */
    private boolean endsAttribution(DateMention d, int at) {
        int k = at - 1;
        while (k >= 0 && !tokens.get(k).punctuation() && insideAnotherDate(k, d)) {
            k--;
        }
        int words = 0;
        for (; k >= 0 && !tokens.get(k).punctuation(); k--) {
            if (++words > ATTRIBUTION_REACH || numberStart.length > k && numberStart[k] || actionStartingAt[k] != null
                    || opensStatement(tokens.get(k).word())) {
                return false;
            }
        }
        int open = k + 1;
        if (k < 0 || open >= at) {
            return false; // not the sentence's opening words, which tell the event
        }
        return agentAt(open) || lexicon.announces(tokens.get(open).word());
    }

    /**
     * A date set off between commas right after a clause with an announcing word, as Arabic puts
     * the statement's day after its subject: "أعلنت وزارة الداخلية السورية، أمس الجمعة، القبض على 17 شخصاً".
     */
    private boolean setOffAfterAnnouncement(DateMention d, int at) {
        int before = at - 1;
        while (before >= 0 && !tokens.get(before).punctuation() && insideAnotherDate(before, d)) {
            before--;
        }
        int after = lastToken(d.span()) + 1;
        while (after < tokens.size() && !tokens.get(after).punctuation() && insideAnotherDate(after, d)) {
            after++;
        }
        if (before < 1 || after >= tokens.size() || !isComma(tokens.get(before)) || !isComma(tokens.get(after))) {
            return false;
        }
        for (int k = before - 1; k >= 0 && !tokens.get(k).punctuation(); k--) {
            if (lexicon.announces(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isComma(Token t) {
        return t.punctuation() && (t.word().equals(",") || t.word().equals("\u060C"));
    }

    /** Whether token {@code k} lies in a date other than {@code d}. */
    private boolean insideAnotherDate(int k, DateMention d) {
        for (DateMention o : dates) {
            if (o != d && o.span().start() < originalEnd[k] && o.span().end() > originalStart[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the nearest announcing word before token {@code at} is a complementiser ("said that",
     * "أعلن الجيش أنه"، "floods that hit"): a date after it is among the words reported, the event's.
     */
    private boolean inReportedWords(int at) {
        for (int k = Math.min(at, tokens.size()) - 1; k >= 0; k--) {
            if (tokens.get(k).punctuation()) {
                continue;
            }
            String w = tokens.get(k).word();
            if (lexicon.isComplementiser(w)) {
                return true;
            }
            if (lexicon.announces(w)) {
                return false;
            }
        }
        return false;
    }

    private boolean announcedBefore(int token) {
        for (int k = 0; k < token && k < tokens.size(); k++) {
            if (!tokens.get(k).punctuation() && lexicon.announces(tokens.get(k).word())) {
                return true;
            }
        }
        return false;
    }

    /** The first event noun of the sentence, of one word or two ("إطلاق نار", "car bomb"); read once. */
    private CountClaim.Event event() {
        if (!eventRead) {
            event = readEvent();
            eventRead = true;
        }
        return event;
    }

    private CountClaim.Event readEvent() {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).punctuation()) {
                continue;
            }
            int end = k + 1 < tokens.size() ? k + 1 : k;
            CountRules.EventRule rule = end > k && lexicon.eventMayBegin(tokens.get(k).word())
                    ? lexicon.event(tokens.get(k).word() + " " + tokens.get(end).word()) : null;
            if (rule == null) {
                rule = lexicon.event(tokens.get(k).word());
                end = k;
            }
            if (rule != null) {
                return new CountClaim.Event(rule.parsedKind(), text.substring(originalStart[k], originalEnd[end]));
            }
        }
        return null;
    }

    /** "killed and wounded dozens": the last word of a not-action of three words that began two words before {@code k}. */
    private boolean thirdOfNotAction(int k) {
        if (k < 2) {
            return false;
        }
        for (List<String> p : lexicon.notActions()) {
            if (p.size() == 3 && matches(p, k - 2)) {
                return true;
            }
        }
        return false;
    }

    /**
     * «وقال الحاكم إن رجلاً قُتل وأصيب اثنان آخران»: a phrase of {@code not_actions} at {@code k} of two action words
     * joined by و (قتل وأصيب, one figure of both when its group follows it) right after one person who opens a reported
     * clause (a listed singular right after أن، إن), its second word one of the {@code own_subject_passives}, is two
     * clauses: the one was killed, the group after was wounded. Not «قتل وأصيب العشرات», with no one before it, nor
     * «إن مسلحاً قتل وجرح خمسة», whose second verb may be active: the gunman's deed.
     */
    private boolean jointSplitByOneBefore(int k) {
        if (english || k < 2 || k + 1 >= tokens.size() || tokens.get(k - 1).punctuation() || tokens.get(k + 1).punctuation()
                || !lexicon.isComplementiser(tokens.get(k - 2).word())) {
            return false;
        }
        String next = tokens.get(k + 1).word();
        return lexicon.singular(tokens.get(k - 1).word()) != null && lexicon.startsWithLink(next)
                && lexicon.isOwnSubjectPassive(lexicon.withoutProclitic(next));
    }

    /**
     * "an arrest warrant for", "مذكرة توقيف": a phrase of {@code not_actions} at {@code k}, where no action
     * word is read (at {@code k}, or at {@code k + 1} when the phrase's noun comes first).
     */
    private boolean notAnAction(int k) {
        for (List<String> p : lexicon.notActions()) {
            if (matches(p, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * «أنقذت فرق الدفاع المدني ٢٠ راكباً احتُجزوا داخل حافلتهم»: a one-word arrest verb of holding ({@code trap_verbs})
     * with no arresting body right after it, whose clause goes on within six words to a preposition and a place one is
     * caught in ({@code trap_prepositions}, {@code trap_places}), tells people trapped, no arrest.
     */
    private boolean trapped(CountLexicon.ActionPhrase phrase, int k, int end) {
        if (english || end != k || phrase.rule().parsedAction() != CountClaim.Action.ARRESTED
                || !lexicon.isTrapVerb(tokens.get(k).word())) {
            return false;
        }
        if (k + 1 < tokens.size() && lexicon.isArrestingBody(tokens.get(k + 1).word())) {
            return false; // «احتجزت الشرطة ٣٠ شخصاً داخل سياراتهم»: the police held them
        }
        for (int i = k + 1; i + 1 < tokens.size() && i <= k + 6; i++) {
            if (tokens.get(i).punctuation()) {
                return false;
            }
            if (lexicon.isTrapPreposition(tokens.get(i).word()) && lexicon.isTrapPlace(tokens.get(i + 1).word())) {
                return true;
            }
        }
        return false;
    }

    private void findActions() {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).punctuation()) {
                continue;
            }
            // "47 وفاة": right after a numeral a word that is both a verbal noun before its group (وفاة ثلاثة)
            // and a result noun is the result noun of that numeral (N15 of dev13)
            int at = k;
            CountLexicon.Starting asWritten = lexicon.startingAsWritten(tokens.get(k).word());
            CountLexicon.Starting bare = lexicon.startingBare(tokens.get(k).word());
            List<CountLexicon.ActionPhrase> phrases = lexicon.actionsStartingWith(asWritten, bare,
                    k + 1 < tokens.size() ? tokens.get(k + 1).word() : null);
            boolean afterNumeral = !phrases.isEmpty() && k > 0 && isNumeral(tokens.get(k - 1).word())
                    && phrases.stream().anyMatch(p -> p.rule().position() == CountRules.Position.NOUN && matches(p.words(), at));
            for (CountLexicon.ActionPhrase phrase : phrases) {
                if (afterNumeral && phrase.rule().position() != CountRules.Position.NOUN) {
                    continue;
                }
                int end = matchedEnd(phrase.words(), k);
                if (end >= k && !(notAnAction(k) && !jointSplitByOneBefore(k))
                        && !(k > 0 && notAnAction(k - 1) && !jointSplitByOneBefore(k - 1)) && !thirdOfNotAction(k)
                        && !trapped(phrase, k, end)) {
                    Action a = new Action(k, end, phrase.rule());
                    actionStartingAt[k] = a;
                    actionEndingAt[a.last()] = a;
                    hasAction = true;
                    k = a.last();
                    break;
                }
            }
            if (!hasAction && endsWithPhrase(k, lexicon.excepting()) >= 0) {
                hasAction = true; // "All but four were freed": those not released, read once the groups are found
            }
            if (!hasAction && !english && resumingArrest(k) != null) {
                hasAction = true; // «بعد أن ضبطتهم الأجهزة الأمنية»: the people counted before, read once the groups are found
            }
            if (!hasAction && !english && lexicon.isHeldOneNoun(tokens.get(k).word())) {
                hasAction = true; // «بعد توقيفه في …»: one person held, read once the groups are found (held_one_nouns)
            }
            if (!hasAction && !english && actionStartingAt[k] == null && lexicon.definiteActionNoun(tokens.get(k).word()) != null) {
                hasAction = true; // «معظم النازحين من النساء، بينهم …»: a part of the people it names (definiteActionNounBefore)
            }
            if (!hasAction && !english && (asWritten != null || bare != null) && k + 2 < tokens.size()
                    && !tokens.get(k + 1).punctuation() && framedEnd(asWritten, bare, k + 2, CountClaim.Action.KILLED) > 0) {
                hasAction = true; // "فجّر انتحاري نفسه": the doer between, read once the groups are found
            }
        }
    }

    /** Digits, with thousands separators, after an Arabic proclitic if any ("47", "و1,860"). */
    private boolean isNumeral(String word) {
        String bare = english ? word : lexicon.withoutProclitic(word);
        if (bare.isEmpty() || !Character.isDigit(bare.charAt(0))) {
            return false;
        }
        for (int i = 1; i < bare.length(); i++) { // a loop, not a stream: asked before every word that opens an action
            char c = bare.charAt(i);
            if (!(Character.isDigit(c) || c == ',' || c == '.' || c == '\u066C')) {
                return false;
            }
        }
        return true;
    }

    private List<Action> actions() {
        List<Action> out = new ArrayList<>();
        for (Action a : actionStartingAt) {
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * The last token of {@code words} read from {@code at}, else -1. In English a hospital told by its name stands for
     * the phrase's last word "hospital": "was taken to Westmead Hospital", "remains in St Thomas' Hospital" (dev34-en-024).
     */
    private int matchedEnd(List<String> words, int at) {
        if (matches(words, at)) {
            return at + words.size() - 1;
        }
        int n = words.size();
        if (!english || n < 2 || !words.get(n - 1).equals("hospital") || !matches(words.subList(0, n - 1), at)) {
            return -1;
        }
        int j = at + n - 1; // the name's first word, capitalised, up to three of them before "Hospital"
        for (int named = 0; named < 3 && j < tokens.size() && !tokens.get(j).punctuation()
                && Character.isUpperCase(text.codePointAt(originalStart[j])); named++, j++) {
            if (named > 0 && tokens.get(j).word().equals("hospital")) {
                return j;
            }
        }
        return j < tokens.size() && j > at + n - 1 && tokens.get(j).word().equals("hospital")
                && Character.isUpperCase(text.codePointAt(originalStart[j])) ? j : -1;
    }

    private boolean matches(List<String> words, int at) {
        if (at + words.size() > tokens.size()) {
            return false;
        }
        for (int j = 0; j < words.size(); j++) {
            if (!lexicon.sameWord(words.get(j), tokens.get(at + j).word(), j == 0)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first of {@code byStart} (sorted by their start) that starts at {@code at} or later; its size if none. */
    static int firstStartingAt(List<Mention> byStart, int at) {
        int low = 0;
        int high = byStart.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (byStart.get(mid).span().start() < at) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private boolean insideSentence(Span span) {
        return tokens.isEmpty() ? false : span.start() >= originalStart[0] && span.end() <= originalEnd[tokens.size() - 1];
    }

    /**
     * Where the date aside that ends right before the group opens (its first comma), or -1: "أوقفت
     * عناصر الشرطة القضائية بمدينة طنجة، يوم السبت 15 شباط/فبراير، أربعة أشخاص" (the verb, a long
     * subject, then the date between commas, then the object). Only an aside that touches the group:
     * "أصيب شرطيان، مساء السبت، في إشكال مسلح" keeps its commas counted.
     */
    private int dateAsideBefore(Group g) {
        int j = g.first - 1;
        if (j < 2 || !isComma(j) || !dateWordAt(j - 1)) {
            return -1;
        }
        j--;
        while (j >= 0 && (dateWordAt(j) || tokens.get(j).punctuation() && !isComma(j) && dateWordAt(j - 1)
                || rangeWordAt(j))) {
            j--;
        }
        for (int lead = 0; !english && lead < DATE_ASIDE_LEAD && j >= 0 && plainAsideWord(j); lead++) {
            j--; // "، خلال الفترة الممتدة من 3 إلى 9 فبراير الجاري،": the words that lead to the date (E2 of blind16)
        }
        return j >= 0 && isComma(j) ? j : -1;
    }

    /** How many words may lead to the date inside a date aside: «خلال الفترة الممتدة» before «من 3 إلى 9 فبراير». */
    private static final int DATE_ASIDE_LEAD = 4;

    /** A word of an aside that is no clause: not punctuation, no action word, no number, no speech verb. */
    private boolean plainAsideWord(int j) {
        return !tokens.get(j).punctuation() && actionStartingAt[j] == null && actionEndingAt[j] == null && !numberStart[j]
                && !lexicon.announces(tokens.get(j).word());
    }

    /**
     * "، منذ مساء أمس السبت وحتى صباح اليوم الأحد،": a function word (منذ، وحتى) next to a date word joins two dates of
     * one range, or opens it, inside a date aside (dev24-ar-022).
     */
    private boolean rangeWordAt(int j) {
        int k = j;
        while (!english && k < tokens.size() && !tokens.get(k).punctuation() && !dateWordAt(k) && k <= j + 1
                && lexicon.isFunctionWord(lexicon.withoutProclitic(tokens.get(k).word()))) {
            k++; // "وحتى صباح اليوم": two such words before the date
        }
        return k > j && dateWordAt(k);
    }

    /**
     * In Arabic the tokens of a short aside between commas that closes right before the group, or before one
     * function word before it: "قبضت الإدارة العامة لمكافحة المخدرات، فجر الأحد، على ثلاثة وافدين",
     * "اعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم، ثلاثة شبان" (the verb, a long subject, a time, then the
     * object). The aside is no clause: no action word, no count, no speech verb in it; 0 if there is none, or
     * when the group opens with a link (it is coordinated with the one before the aside).
     */
    private int adverbialAsideLength(Group g) {
        int close = g.first - 1;
        if (close >= 0 && !tokens.get(close).punctuation() && lexicon.isFunctionWord(tokens.get(close).word())) {
            close--;
        }
        if (english || close < 2 || !isComma(close) || lexicon.startsWithLink(tokens.get(g.first).word())) {
            return 0; // "مراسل قناة محلية، هيوا كريم، ومصوّره": a linked group joins the one before the aside
        }
        for (int j = close - 1; j >= Math.max(0, close - ADVERBIAL_REACH - 1); j--) {
            if (isComma(j)) {
                return j < close - 1 ? close - j + 1 : 0;
            }
            String w = tokens.get(j).word();
            if (tokens.get(j).punctuation() || actionStartingAt[j] != null || actionEndingAt[j] != null
                    || numberStart[j] && !dateWordAt(j) || lexicon.announces(w)) {
                return 0;
            }
        }
        return 0;
    }

    /** How many words an aside naming who helped may run between its commas. */
    private static final int COOPERATION_REACH = 10;

    /**
     * Arabic: the length, commas included, of an aside that names who helped and ends with a comma right before the
     * group («، بتنسيق مع المديرية العامة لمراقبة التراب الوطني،», opened by one of the {@code cooperation_openers}); 0
     * when there is none. The verb before it is still the group's, as across a date aside.
     */
    private int cooperationAsideLength(Group g) {
        int close = g.first - 1;
        if (english || close < 2 || !isComma(close)) {
            return 0;
        }
        for (int j = close - 1; j >= Math.max(1, close - COOPERATION_REACH - 1); j--) {
            if (tokens.get(j).punctuation()) {
                return isComma(j) && j + 1 < close && lexicon.isCooperationOpener(tokens.get(j + 1).word()) ? close - j + 1 : 0;
            }
            if (actionStartingAt[j] != null || numberStart[j] || lexicon.announces(tokens.get(j).word())) {
                return 0;
            }
        }
        return 0;
    }

    /** How many words a description of the subject by what it is believed to be may run before the group. */
    private static final int BELIEF_REACH = 10;

    /**
     * Arabic: where a description of the verb's subject by what it is believed to be begins, when it runs with no mark
     * right up to the group («اختطف مسلحون يُعتقد أنهم ينتمون إلى جماعة بوكو حرام ١٤ صياداً», opened by one of the {@code
     * belief_openers} after a subject word, two words at least); -1 when there is none. Its words (a that, a name) are
     * no clause of their own: the verb before the subject is still the group's, as English "gunmen believed to belong to
     * Boko Haram abducted 14 fishermen" keeps its verb next to the group.
     */
    private int beliefDescriptionStart(Group g) {
        if (english) {
            return -1;
        }
        for (int j = g.first - 1; j >= Math.max(2, g.first - BELIEF_REACH); j--) {
            if (tokens.get(j).punctuation() || numberStart[j] || actionStartingAt[j] != null || actionEndingAt[j] != null) {
                return -1;
            }
            if (lexicon.isBeliefOpener(tokens.get(j).word())) {
                return j + 2 < g.first && !tokens.get(j - 1).punctuation() ? j : -1;
            }
        }
        return -1;
    }

    /** Whether token {@code k} is a word (not punctuation) inside a date mention; false out of the sentence. */
    private boolean dateWordAt(int k) {
        return k >= 0 && k < tokens.size() && !tokens.get(k).punctuation() && isDate(new Span(originalStart[k], originalEnd[k]));
    }

    private boolean isDate(Span span) {
        for (DateMention d : dates) {
            if (d.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    private int firstToken(Span span) {
        for (int i = 0; i < tokens.size(); i++) {
            if (originalEnd[i] > span.start()) {
                return i;
            }
        }
        return -1;
    }

    private int lastToken(Span span) {
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (originalStart[i] < span.end()) {
                last = i;
            }
        }
        return last;
    }

    /**
     * The closing comma of an aside opened by the comma at {@code k} that tells a person's past: it
     * opens with an action word that stands after its group ("detained", "who was arrested" is a
     * {@code past_clauses} phrase) and holds a date of a month or a year, or a year alone ("Journalist
     * Karim Atwan, detained in 2021, was freed on Monday", "detained during the 2021 protests"); or -1. A day ("X, killed on Monday, was buried") is
     * the event reported, and is not passed over.
     */
    private int pastAsideEnd(int k) {
        if (k + 1 >= tokens.size() || actionStartingAt[k + 1] == null || !actionStartingAt[k + 1].rule().position().after()) {
            return -1;
        }
        int end = -1;
        for (int j = actionStartingAt[k + 1].last() + 1; j < Math.min(tokens.size(), k + 9); j++) {
            if (isComma(j)) {
                end = j;
                break;
            }
            if (tokens.get(j).punctuation() || actionStartingAt[j] != null) {
                return -1;
            }
        }
        if (end < 0) {
            return -1;
        }
        for (int j = k + 2; j < end; j++) {
            if (!tokens.get(j).punctuation() && yearLike(j)) {
                return end; // "Activist Sara Haddad, detained during the 2021 protests, was released"
            }
        }
        for (DateMention d : dates) {
            if ((d.grain() == org.corroborate.api.Grain.YEAR || d.grain() == org.corroborate.api.Grain.MONTH)
                    && d.span().start() >= originalEnd[k] && d.span().end() <= originalStart[end]) {
                return end;
            }
        }
        return -1;
    }

    /**
     * How far after its opening comma an aside may close: eight words, or ten ("، أي قرابة ٩٠ في المئة من سكان
     * القطاع،": an apposition that restates the count as a share).
     */
    private static final int ASIDE_REACH = 11;

    /** The closing comma of an aside opened by the comma at {@code k} (a part or an apposition), or -1. */
    private int asideEnd(int k) {
        int reach = ASIDE_REACH;
        for (int j = k + 1; j < Math.min(tokens.size(), k + reach); j++) {
            if (isComma(j)) {
                return j;
            }
            if (tokens.get(j).punctuation() && initialDot(j)) {
                reach++; // "Two suspects, identified only as Jesús N. and Omar N., were arrested": an initial's dot is no word
                continue;
            }
            if (tokens.get(j).punctuation() || actionStartingAt[j] != null) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * A mark at {@code j} that belongs to a name, not to the sentence: the dot right after an initial ("Omar N.").
     * (Not an age's hyphen: "The suspect, a 34-year-old farm labourer, was detained" is most often the man
     * whose arrest was counted before, dev18-en-009.)
     */
    private boolean initialDot(int j) {
        if (j < 1 || !tokens.get(j).word().equals(".") || tokens.get(j - 1).punctuation()
                || tokens.get(j - 1).end() != tokens.get(j).start()) {
            return false;
        }
        return tokens.get(j - 1).word().length() == 1 && Character.isUpperCase(text.charAt(originalStart[j - 1]));
    }

    /** A quotation mark around a single word ("neutralised"): the mark at {@code k} opens or closes it. */
    private boolean scareQuoteMark(int k) {
        return isQuoteMark(k) && (k + 2 < tokens.size() && isQuoteMark(k + 2) && !tokens.get(k + 1).punctuation()
                || k >= 2 && isQuoteMark(k - 2) && !tokens.get(k - 1).punctuation());
    }

    private boolean isQuoteMark(int k) {
        return "\"\u201C\u201D\u00AB\u00BB".contains(tokens.get(k).word()) && tokens.get(k).word().length() == 1;
    }

    private boolean isComma(int k) {
        if (k < 0) {
            return false; // a group opening the sentence ("The son of a policeman was killed") has nothing before it
        }
        String w = tokens.get(k).word();
        return w.equals(",") || w.equals("\u060C");
    }

    private String sentenceText() {
        return tokens.isEmpty() ? "" : text.substring(originalStart[0], originalEnd[tokens.size() - 1]);
    }
}
