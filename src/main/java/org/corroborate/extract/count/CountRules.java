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
 *   <li>{@code dual_others}: the dual of "others" standing with no number (قُتل شخص وأصيب آخران): two more of the
 *       group before;</li>
 *   <li>{@code attackers}: nouns for the attacker, whose own death is a casualty too;</li>
 *   <li>{@code not_counted}: words after a number that make it something other than people
 *       (عاما، دولار، percent);</li>
 *   <li>{@code links}: conjunctions joining groups (و، and);</li>
 *   <li>{@code function_words}: words that may follow a bare count (في، منهم، were, in): any
 *       other word there that is no subject is counted instead of people (ثلاثة منتجات), and
 *       the number is dropped;</li>
 *   <li>{@code announced_by}: words that, standing before a group and its date, make the date
 *       the day the claim was announced rather than the day it happened (أعلنت، إنها، said that);</li>
 *   <li>{@code cancels}: words right before a group or its action word that say it did not befall
 *       the group, or was undone (No one was hurt, risked displacing, freed 38 of the 61 abducted);</li>
 *   <li>{@code detention_orders}: phrases among the {@code cancels} that hold a counted group after them: a
 *       prosecutor's order to detain («أمر بتوقيف ثلاثة أشخاص») holds the three, while a named one after it stays
 *       cancelled (the owner and manager an order names are one group of two in dev32's gold, not two of one).</li>
 *   <li>{@code own_subject_passives}: Arabic passives of an action that never take an object (أصيب): joined by و right
 *       after the verb of one person who opens a reported clause («إن امرأة قُتلت وأصيب أربعة أشخاص»), they open a clause
 *       of their own group, so the joined verbs are no figure of both ({@code not_actions} قتل وأصيب) and the one's verb
 *       is hers; an active verb there («إن رجلاً قتل وأصاب ثلاثة») is the one's own deed;</li>
 *   <li>{@code toll_rises}: words right before a count that tie it to a toll noun (an action with
 *       {@code toll: true}) anywhere before it in its sentence (the death toll from Sunday's landslide
 *       in Swat rose to 48);</li>
 *   <li>{@code earlier_tolls}: words right before a count that make it the figure a toll rose from,
 *       not a claim, in a sentence with a toll (rose to 48 from 35، بعد أن كانت 35 قتيلا);</li>
 *   <li>{@code not_actions}: phrases that start with an action word but say no action befell
 *       anyone (an arrest warrant for X): no action word is read where they stand;</li>
 *   <li>{@code previous_tolls}: words right before a count that name it a superseded toll on their own,
 *       with or without a toll noun in the sentence (revising an earlier toll of 20، بعد أن كانت
 *       الحصيلة السابقة 20 قتيلاً);</li>
 *   <li>{@code possessives}: words that, after a link, count the singular noun after them as one
 *       more person (a farmer and his wife);</li>
 *   <li>{@code possessive_suffixes}: pronoun suffixes that, on a singular noun after a link, count
 *       it as one more person (رجل وزوجته، رئيس بلدية وسائقه);</li>
 *   <li>{@code one_more}: words that stand alone for one more person of the group before, right
 *       before their action (Two soldiers were killed and another was wounded);</li>
 *   <li>{@code one_of}: words that, right before a plural noun of people (with the article or a
 *       possessive suffix), count one of them (إصابة أحد الجنود، أحد أفرادها: one);</li>
 *   <li>{@code circumstance_prepositions}: prepositions of the place or cause of a count (في غارات،
 *       خلال مواجهات): a noun of things after one is no unit of the count before it;</li>
 *   <li>{@code linked_singulars}: singular nouns of one person that are also other words (أم: a mother,
 *       "or", the first word of place names such as أم درمان); they count one only with a linked noun
 *       right after them (أم وطفلاها، أم وابنتها). List them among a subject's {@code singular} too;</li>
 *   <li>{@code agents}: words right before a group that make it the one who did it, not the one it
 *       befell (killed by a gunman, على يد مسلح);</li>
 *   <li>{@code since}: words that open a date a period runs from (since, منذ), and {@code baselines}:
 *       words that, a few words before one, make its date the baseline of a comparison (the highest
 *       level since 1991, أول انتخابات منذ 2010) rather than the time of anything.</li>
 *   <li>{@code pairs}: words that count the plural subject noun right after them as two (both
 *       attackers);</li>
 *   <li>{@code ages}: words that, a few words before a number in its clause, make it an age (whose
 *       age police put at about 19, aged 19), not a count.</li>
 * </ul>
 *
 * <p>A title with a personal name after it is one person ("Journalist Karim Atwan was arrested",
 * "اعتُقل الصحفي سامي العبيدي"); these words say where such a name starts, runs and stops:
 *
 * <ul>
 *   <li>{@code name_particles}: lower-case words that may stand inside a name after its first word
 *       (activist Lina al-Haddad, Omar bin Salem); an entry ending in "-" is a prefix of the word;</li>
 *   <li>{@code title_articles}: articles that may stand before a title opening its clause or right
 *       after the action (the activist Lina Haddad); when a file lists none, its {@code definite_articles}
 *       (the article before a named person's title is the definite one);</li>
 *   <li>{@code past_clauses}: phrases that, after a comma right after the name, open a relative clause
 *       that tells the person's past, not the event reported (lawyer X, who was arrested in 2019, said);</li>
 *   <li>{@code relative_passives}: phrases right before an action word that make it the passive of a
 *       relative clause on the noun before, which the action does not reach past (X, who was detained
 *       in March, addressed thousands); in Arabic, where the relative pronoun alone comes before the verb
 *       (الذي احتُجز) and the active verb is written alike, only past the punctuation that closes the clause;</li>
 *   <li>{@code name_words}: given names that are written like a function word and start a name after a
 *       title all the same (علي, folded, is the preposition على: المعتمد علي حسن);</li>
 *   <li>{@code colleagues}: singular nouns that, after a possessive (his colleague) or with a possessive
 *       suffix (زميله), are one person of the kind of the person counted before them in the sentence
 *       (Journalist X was killed and his colleague Y was wounded: a journalist too);</li>
 *   <li>{@code nisba_endings}: the endings of a definite adjective of origin that may stand between a
 *       title and its name (الصحفي الفلسطيني، الصحفيين السوريين), in singular, dual and plural;</li>
 *   <li>{@code passive_auxiliaries} and {@code undoing_passives}: a group's own passive that undoes
 *       what befell the group before it (Two boys drowned and a third was rescued: no third casualty);</li>
 *   <li>{@code pluperfects} and {@code pluperfect_particles}: a past auxiliary and the particle that,
 *       with a name of one to three words between them and an arrest word with no object right after the
 *       particle, make the name one person held (وكانت الحمروني قد أُوقفت في …); no word of the name is one
 *       of the {@code arresting_bodies}, who hold others (وكانت قوات الأمن قد اعتقلت في وقت سابق الناشط …);</li>
 *   <li>{@code trap_verbs}, {@code trap_prepositions} and {@code trap_places}: a one-word verb of holding (ar:
 *       احتجز، احتُجزوا) whose clause, with no arresting body right after it, goes on to a preposition (داخل، في،
 *       تحت) and a place one is caught in (a car, a lift, flood water, rubble) tells people trapped, no arrest:
 *       «أنقذت فرق الدفاع المدني ٢٠ راكباً احتُجزوا داخل حافلتهم»;</li>
 *   <li>{@code body_nouns}: nouns of the dead's bodies (ar: جثث، جثامين) that, before a definite noun and a definite
 *       number (جثث الأطفال الثلاثة), tell the dead counted before again: no new claim;</li>
 *   <li>{@code case_words}: nouns of cases (ar: حالة، حالات) that, right after a count a toll reached
 *       (حصيلة حالات الاعتقال … بلغت نحو 4200 حالة), are its unit: the count is of people, each case one;</li>
 *   <li>{@code cooperation_openers}: the first word of an aside set off by commas that names who helped (ar:
 *       بتنسيق، بالتنسيق، بالتعاون): «أوقفت عناصر الشرطة بمدينة طنجة، بتنسيق مع المديرية العامة …، خمسة أشخاص»
 *       keeps the verb before the aside the group's;</li>
 *   <li>{@code belief_openers}: the first word of a description of the subject by what it is believed to be (ar:
 *       يعتقد، يشتبه، يرجح): «اختطف مسلحون يُعتقد أنهم ينتمون إلى جماعة بوكو حرام ١٤ صياداً» keeps the verb before
 *       the subject the group's, however long the name described; right after the bare number of a part (both
 *       languages: "including two believed to have planted the bomb") they open a clause on the part, which is people;</li>
 *   <li>{@code setting_prepositions}: prepositions of a setting ("during", "on", "aboard"): a number right after one,
 *       taken with "of the" from things ("wounded during one of the operations", "found on one of the vessels"), counts
 *       those things, not people;</li>
 *   <li>{@code place_prepositions}: prepositions of a place ("in", في): a place phrase after a count ("the killing
 *       of 23 protesters in Nasiriyah in November 2019") does not keep the date after it from being the count's;</li>
 *   <li>{@code wounded_ones}: the definite adjective "the wounded one" after a singular (الشرطي المصاب): after a
 *       word of death (وفاة الشرطي المصاب) the one wounded before has died, one more death;</li>
 *   <li>{@code still_words}: words of a state that lasts ("still", يزال): people still held («فيما لا يزال صحفي ثالث
 *       قيد الاحتجاز») were not held on the day another verb of the sentence names (the release of the others); a
 *       kidnapping's captives still held or still missing after it ("Four of them are still being held") are a part of
 *       it, taken that day;</li>
 *   <li>{@code excepting}: words that set a count apart from a whole released ("all but", باستثناء): "All but four were
 *       freed", «وأُفرج عن جميع المخطوفين باستثناء أربعة» after a kidnapping counts the four still held, a part of it;</li>
 *   <li>{@code relative_place_prepositions}: prepositions that open a relative clause of place or time with "which" right
 *   after a date ("protests in Puno in August, in which four people were killed"): the clause's count takes that date;</li>
 *   <li>{@code relative_openers}: words that open a relative clause on the group and stand before its verb ("who",
 *       "were", كانوا، قد): the verb of that clause is what befell the group, even after a release that cancels
 *       the verb of the sentence ("freed 14 farmers who were kidnapped last week");</li>
 *   <li>{@code relations}: nouns of kinship ("son", "wife"): "the son of a policeman was killed" counts the son, one
 *       person of his own category (people, or women for "the wife of"), not a policeman; not when a clause on the
 *       one tells what befell it ("the widow of a soldier killed in 2020 was arrested": the soldier);</li>
 *   <li>{@code family_prepositions}: the preposition between a noun of kinship ({@code relations}) and a number, "of" or
 *       the Arabic ل written on the number: "a father of three children", «وهو أب لثلاثة أطفال» count the one's family,
 *       nobody something befell;</li>
 *   <li>{@code patients}: nouns of the sick in care ("patients", مرضى): moved out of a hospital or by ambulance they
 *       are patients evacuated, no people displaced from their homes (conv. 2 of dev: patients are no casualties);</li>
 *   <li>{@code participle_prefixes}, {@code participle_endings}: the Arabic participle's م and the sound plural's ين: a
 *       word so made right after a count, of four letters at least before the ending, is a plural of people the
 *       subjects lack («قتل ثلاثة مسعفين»، «أصيب ستة محققين»), read as {@code person_endings} are; not the broken
 *       plural مفاعيل of things (ميادين، ملايين) nor a feminine dual (مرحلتين);</li>
 *   <li>{@code alongside}: phrases that add one more person to a list after a comma ("along with", إلى جانب): the
 *       person after one shares the action of the one named before («… والمحامية ليلى بن حسين، إلى جانب رجل أعمال»);</li>
 *   <li>{@code object_pronouns}: pronouns only ever objects ("him"): an action word after one is what befell the
 *       person it stands for, not a group before it ("wounding a security guard before officers shot him dead");</li>
 *   <li>{@code subordinators}: words that open a clause of its own ("after", "because", بعد أن، لأن): a group past
 *       one of them is that clause's, not the object of an action word before it;</li>
 *   <li>{@code age_bounds}: words that bound an age ("under", "over"): a bare number right after one, right after
 *       a plural noun of people, is their age ("11 children under five"), not a second count;</li>
 *   <li>{@code plural_auxiliaries}: a passive auxiliary of many ("were"): a bare capitalised name opening the
 *       sentence before it is a group's ("Tour Operators were arrested"), not one person;</li>
 *   <li>{@code group_pronouns}: a plural pronoun (they) that, opening a sentence before a passive arrest, takes back
 *       the one counted group of the sentence before ("Three men opened fire on a checkpoint. They were arrested on
 *       Sunday": three held).</li>
 *   <li>{@code person_pronouns}: a pronoun of one person that, after a link and before a passive arrest
 *       (…, and he was taken into custody on Wednesday), is one person held when no arrest came before it
 *       in its sentence or paragraph;</li>
 *   <li>{@code object_prepositions}: prepositions that, before "the" and an action word, make the word
 *       a noun for other people, the object of the group's own verb (Two nurses cared for the wounded);</li>
 *   <li>{@code relative_pronouns}: pronouns that, right after a group, open a relative clause on it whose words,
 *       up to the group's own auxiliary, are no distance to what befell the group (Three firefighters who tried
 *       to reach the victims were also injured);</li>
 *   <li>{@code specifier_prepositions}: prepositions that, right after a group's noun, open a phrase ending in a
 *       subject noun that says whose members they are; its words are no distance to what befell the group (more
 *       than 60 members of the Iraqi security forces were killed);</li>
 *   <li>{@code origin_prepositions}: prepositions that, right after a group, open a phrase saying where its people
 *       come from; like a relative clause, its words up to the group's own auxiliary are no distance (two volunteers
 *       from a local emergency response room were among the dead);</li>
 *   <li>{@code exceeds}: verbs right before a count that say the figure passed it, so more than it
 *       (عدد المعتقلين تجاوز عشرة آلاف: min 10,001, as "more than" is encoded);</li>
 *   <li>{@code hospital_stays}: phrases that, in the clause of a share of the wounded (41 of the injured, اثنان من
 *       الجرحى), say only that they are still in hospital: patients, no casualty claim of their own;</li>
 *   <li>{@code auxiliaries}: auxiliary verbs (was, had, been): a share's own auxiliary followed by a word that is no
 *       action, noun or article says something else of the share ("one of them had been beaten"), no part;</li>
 *   <li>{@code illnesses}: phrases that, in the clause of a wounded count after the group or its action word, say
 *       the people fell ill, not hurt (hospitalised with food poisoning, أصيب 60 طالباً بتسمم غذائي): patients, no
 *       casualty claim (rule 2 of the dev conventions, as "treated for cholera");</li>
 *   <li>{@code unhurt_words}: words saying a group came out unhurt (unhurt, uninjured), in its own clause before any other
 *       action word or right after its wounded phrase ("11 were rescued unhurt", "taken to hospital unhurt"): no casualty;</li>
 *   <li>{@code care_reasons}: reasons for care that are no wound (for checks, as a precaution, for shock, with
 *       hypothermia), right after a wounded phrase of care after the group ("taken to hospital for checks"): no casualty;</li>
 *   <li>{@code dual_endings} (ar: ان، ين): the endings of the dual in its two cases. A subject word listed with both
 *       (رجلان، رجلين) is a dual whose nun falls when a noun is bound to it: «رجلا إطفاء» (two firemen) is read as two
 *       after a part word («بينهم رجلا إطفاء») or before a pronoun of two on the word after the bound noun ({@code
 *       dual_pronouns}: «لقي رجلا إطفاء حتفهما»); elsewhere the same letters write one man («قتل رجلاً»). The first
 *       ending is the nominative, which no plural shares: such a word counts two also with the article («المتهمان»);</li>
 *   <li>{@code accusative_endings} (ar: ا): the alif an indefinite noun carries under tanween fath. After a count,
 *       a word written with the tanween whose stem without the alif is a demonym names the people counted:
 *       «بينهم ١١ بريطانياً» (بريطاني; the letters بريطانيا alone are the country);</li>
 *   <li>{@code takings}: phrases of taking money or goods by deceit or theft (استولت على، احتيال، defrauded): in the
 *       sentence before a group counted by a victim noun («من أكثر من ٥٠ ضحية»), they make the victims those of a
 *       crime that hurt nobody, no dead (blind10's adjudication #31: victims of a fraud are no casualties);</li>
 *   <li>{@code complementisers}: words that open reported words (that, أن، إن): after a comma or a link
 *       (", and that", "وأن") they start a statement of its own, which no action word before them reaches
 *       into ("thousands have fled …, and that 300,000 need food aid": no displaced 300,000);</li>
 *   <li>{@code search_words}: words of a search or rescue whose object the group is ("in search of", "to reach",
 *       «البحث عن»): a date before one is the search's day, not the day of the group's lot ("Rescue teams were racing
 *       on Tuesday to reach 12 miners trapped …");</li>
 *   <li>{@code discharges}: phrases that, right after a wounded count's result noun or share («٣٩ مصاباً غادروا
 *       المستشفيات»، «١١ من المصابين غادروا المستشفى»), say the wounded left hospital: patients discharged, no casualty
 *       claim (rule 2 of the dev conventions);</li>
 *   <li>{@code time_conjunctions}: words before a complementiser that make it open a time clause, not a statement
 *       («بعد أن»، «قبل أن»): a date after them stays the count's;</li>
 *   <li>{@code held_one_nouns}: an arrest noun with the pronoun of one person on it («توقيفه»، «اعتقالها»): right after
 *       a {@code time_conjunctions} word and before a date («بعد توقيفه في دبي في الثالث من نوفمبر»), one person
 *       held, as "since her arrest in February" is; like "he" in English, the same arrest when one was told before;</li>
 *   <li>{@code incident_relatives}: relative words of place or time ("where") that open a clause telling an incident: a
 *       group after the clause's date, in a participle clause right after the comma that closes it ("the town of Kasese,
 *       where a bus overturned on Monday, killing four"), was killed in that incident and takes its date;</li>
 *   <li>{@code resuming_pronouns}: the plural object pronouns written onto a word (ar: هم، هن) that, on an arrest verb
 *       or on the preposition that closes an arrest phrase («ضبطتهم»، «ألقت القبض عليهم»), take back people counted
 *       before: «بحق 5 متهمين …، بعد أن ضبطتهم الأجهزة الأمنية في تشرين الثاني» is an arrest of the five, on that day;</li>
 *   <li>{@code indefinite_articles} (a, an), {@code definite_articles} (the) and {@code one_words} (one):
 *       the articles and numeral that stand before a group of one ("including a 9-year-old girl", "a third
 *       was rescued", "including the imam");</li>
 *   <li>{@code partitive_prepositions} (of, من) and {@code partitive_pronouns} (them, whom): a share taken
 *       from a group ("six of the 17 musicians", "a dozen of them women", "اثنان من الجرحى");</li>
 *   <li>{@code list_words}: words after the comma following "a contractor" that go on a list ("a soldier, a
 *       farmer, and a boy") rather than close an apposition ("A seventh suspect, a contractor, handed …");</li>
 *   <li>{@code adverb_endings} (-ly): the ending of an adverb that may stand between a group's own passive
 *       auxiliary and its verb ("was safely rescued");</li>
 *   <li>{@code hearsay_particles} (to): after a speech verb that follows a group, the word that makes the verb say
 *       something of the group ("Two men said to be militants were killed") rather than make the group its speaker
 *       ("Two members of the assembly said 14 people were killed");</li>
 *   <li>{@code person_endings} (-ians, -ists, -ees): endings of a plural noun, not in the subjects, that names people
 *       by what they do or where they come from ("seven seminarians", "four cyclists", "12 evacuees"): a count
 *       right before such a word counts people, where an unknown noun after it counts something else;</li>
 *   <li>{@code person_object_verbs} (arrested, detained) and {@code thing_nouns} (vessels, containers): the last word
 *       of an arrest phrase whose object is people, as a verb of killing or wounding is: its count right after it,
 *       whatever the noun, counts people ("Police arrested 14 strikers", "arrested three suspected informants"),
 *       unless the noun is one of {@code thing_nouns}, things such a verb also takes ("detained three vessels"). Not
 *       "captured" nor "seized", which take goods and ground;</li>
 *   <li>{@code agent_endings} (-ers, -ors, -ants, -ents): endings of a plural noun of people by what they do; right
 *       after a part word and its count ("including two local commanders"), such a noun the subjects lack is people,
 *       as a part of a group of people is (not {@code thing_nouns});</li>
 *   <li>{@code describing_endings} (-ing, -ed, -s): endings of the word after a singular noun that leave the
 *       noun a person ("a policeman guarding the gate", "a girl aged nine") rather than a modifier of it;</li>
 *   <li>{@code article_prefixes}: the definite article written onto its noun (ال: الشرطي, not شرطي);</li>
 *   <li>{@code part_origin_prepositions}: prepositions after a part's count that say where its people come
 *       from, not what they are (بينهم تسعة من مدينة الخليل، four from the same family);</li>
 *   <li>{@code oblique_plural_endings} and {@code feminine_dual_endings}: the endings of a definite sound
 *       plural (الجرحى المدنيين) and of the feminine dual, which has its own plural (الطالبتين);</li>
 *   <li>{@code of_them_words}: "of them" written as one word right after a count (ثلاثة منهم);</li>
 *   <li>{@code prosecution_words}: words of a person's prosecution (trial, charges, court): in a sentence
 *       holding one, a named person's dated past arrest in a relative clause ("X, who was arrested in November
 *       2025, denies the charges") is an arrest claim; elsewhere it is background (H5 of dev9);</li>
 *   <li>{@code dating_relatives}: relative pronouns whose clause a date after them belongs to, not the group
 *       outside it ("arrested four men … over the killing of a lawyer whose body was found a week ago"; C5 of
 *       dev4). Arabic lists none: there a clause on the event noun dates the count.</li>
 * </ul>
 */
public record CountRules(List<ActionRule> actions, List<SubjectRule> subjects, @OptionalKey List<EventRule> events,
                         List<String> parts, List<String> others, List<String> attackers,
                         List<String> notCounted, @OptionalKey List<String> proclitics,
                         @OptionalKey List<String> links, @OptionalKey List<String> announcedBy,
                         @OptionalKey List<String> functionWords,
                         @OptionalKey List<String> cancels, @OptionalKey List<String> tollRises,
                         @OptionalKey List<String> earlierTolls, @OptionalKey List<String> possessives,
                         @OptionalKey List<String> possessiveSuffixes, @OptionalKey List<String> oneMore,
                         @OptionalKey List<String> agents, @OptionalKey List<String> since,
                         @OptionalKey List<String> baselines, @OptionalKey List<String> pairs,
                         @OptionalKey List<String> ages, @OptionalKey List<String> previousTolls,
                         @OptionalKey List<String> notActions, @OptionalKey List<String> nameParticles,
                         @OptionalKey List<String> titleArticles, @OptionalKey List<String> pastClauses,
                         @OptionalKey List<String> relativePassives, @OptionalKey List<String> nameWords,
                         @OptionalKey List<String> colleagues, @OptionalKey List<String> nisbaEndings,
                         @OptionalKey List<String> passiveAuxiliaries, @OptionalKey List<String> undoingPassives,
                         @OptionalKey List<String> objectPrepositions, @OptionalKey List<String> relativePronouns,
                         @OptionalKey List<String> specifierPrepositions, @OptionalKey List<String> exceeds,
                         @OptionalKey List<String> originPrepositions, @OptionalKey List<String> hospitalStays,
                         @OptionalKey List<String> complementisers, @OptionalKey List<String> oneOf,
                         @OptionalKey List<String> circumstancePrepositions, @OptionalKey List<String> linkedSingulars,
                         @OptionalKey List<String> indefiniteArticles, @OptionalKey List<String> definiteArticles,
                         @OptionalKey List<String> oneWords, @OptionalKey List<String> partitivePrepositions,
                         @OptionalKey List<String> partitivePronouns, @OptionalKey List<String> listWords,
                         @OptionalKey List<String> adverbEndings, @OptionalKey List<String> describingEndings,
                         @OptionalKey List<String> articlePrefixes, @OptionalKey List<String> partOriginPrepositions,
                         @OptionalKey List<String> obliquePluralEndings, @OptionalKey List<String> feminineDualEndings,
                         @OptionalKey List<String> ofThemWords, @OptionalKey List<String> datingRelatives,
                         @OptionalKey List<String> prosecutionWords, @OptionalKey List<String> dualOthers,
                         @OptionalKey List<String> pluperfects, @OptionalKey List<String> pluperfectParticles,
                         @OptionalKey List<String> arrestingBodies, @OptionalKey List<String> pluralAuxiliaries,
                         @OptionalKey List<String> personPronouns, @OptionalKey List<String> subordinators,
                         @OptionalKey List<String> ageBounds, @OptionalKey List<String> caseWords,
                         @OptionalKey List<String> settingPrepositions, @OptionalKey List<String> cooperationOpeners,
                         @OptionalKey List<String> beliefOpeners,
                         @OptionalKey List<String> placePrepositions, @OptionalKey List<String> objectPronouns,
                         @OptionalKey List<String> woundedOnes, @OptionalKey List<String> stillWords,
                         @OptionalKey List<String> excepting,
                         @OptionalKey List<String> resultOpeners,
                         @OptionalKey List<String> relativeOpeners, @OptionalKey List<String> relations,
                         @OptionalKey List<String> relativePlacePrepositions,
                         @OptionalKey List<String> alongside, @OptionalKey List<String> familyPrepositions,
                         @OptionalKey List<String> illnesses, @OptionalKey List<String> auxiliaries,
                         @OptionalKey List<String> unhurtWords, @OptionalKey List<String> careReasons,
                         @OptionalKey List<String> personEndings, @OptionalKey List<String> hearsayParticles,
                         @OptionalKey List<String> patients, @OptionalKey List<String> participlePrefixes,
                         @OptionalKey List<String> participleEndings, @OptionalKey List<String> searchWords,
                         @OptionalKey List<String> timeConjunctions, @OptionalKey List<String> discharges,
                         @OptionalKey List<String> takings, @OptionalKey List<String> dualEndings,
                         @OptionalKey List<String> dualPronouns, @OptionalKey List<String> accusativeEndings,
                         @OptionalKey List<String> personObjectVerbs, @OptionalKey List<String> thingNouns,
                         @OptionalKey List<String> agentEndings, @OptionalKey List<String> verbEndings,
                         @OptionalKey List<String> verbInitials, @OptionalKey List<String> singularNisbaEndings,
                         @OptionalKey List<String> prepositionProclitics, @OptionalKey List<String> notComplementiserProclitics,
                         @OptionalKey List<String> heldOneNouns, @OptionalKey List<String> incidentRelatives,
                         @OptionalKey List<String> resumingPronouns,
                         @OptionalKey List<String> trapVerbs, @OptionalKey List<String> trapPrepositions,
                         @OptionalKey List<String> trapPlaces, @OptionalKey List<String> bodyNouns,
                         @OptionalKey List<String> groupPronouns,
                         @OptionalKey List<String> detentionOrders,
                         @OptionalKey List<String> ownSubjectPassives,
                         List<String> negativeExamples) implements RuleFile {

    public CountRules {
        events = events == null ? List.of() : List.copyOf(events);
        proclitics = proclitics == null ? List.of() : List.copyOf(proclitics);
        links = links == null ? List.of() : List.copyOf(links);
        announcedBy = announcedBy == null ? List.of() : List.copyOf(announcedBy);
        functionWords = functionWords == null ? List.of() : List.copyOf(functionWords);
        cancels = cancels == null ? List.of() : List.copyOf(cancels);
        tollRises = tollRises == null ? List.of() : List.copyOf(tollRises);
        detentionOrders = detentionOrders == null ? List.of() : List.copyOf(detentionOrders);
        ownSubjectPassives = ownSubjectPassives == null ? List.of() : List.copyOf(ownSubjectPassives);
        earlierTolls = earlierTolls == null ? List.of() : List.copyOf(earlierTolls);
        possessives = possessives == null ? List.of() : List.copyOf(possessives);
        possessiveSuffixes = possessiveSuffixes == null ? List.of() : List.copyOf(possessiveSuffixes);
        oneMore = oneMore == null ? List.of() : List.copyOf(oneMore);
        oneOf = oneOf == null ? List.of() : List.copyOf(oneOf);
        circumstancePrepositions = circumstancePrepositions == null ? List.of() : List.copyOf(circumstancePrepositions);
        linkedSingulars = linkedSingulars == null ? List.of() : List.copyOf(linkedSingulars);
        indefiniteArticles = indefiniteArticles == null ? List.of() : List.copyOf(indefiniteArticles);
        definiteArticles = definiteArticles == null ? List.of() : List.copyOf(definiteArticles);
        oneWords = oneWords == null ? List.of() : List.copyOf(oneWords);
        partitivePrepositions = partitivePrepositions == null ? List.of() : List.copyOf(partitivePrepositions);
        partitivePronouns = partitivePronouns == null ? List.of() : List.copyOf(partitivePronouns);
        listWords = listWords == null ? List.of() : List.copyOf(listWords);
        adverbEndings = adverbEndings == null ? List.of() : List.copyOf(adverbEndings);
        describingEndings = describingEndings == null ? List.of() : List.copyOf(describingEndings);
        ofThemWords = ofThemWords == null ? List.of() : List.copyOf(ofThemWords);
        datingRelatives = datingRelatives == null ? List.of() : List.copyOf(datingRelatives);
        prosecutionWords = prosecutionWords == null ? List.of() : List.copyOf(prosecutionWords);
        dualOthers = dualOthers == null ? List.of() : List.copyOf(dualOthers);
        pluperfects = pluperfects == null ? List.of() : List.copyOf(pluperfects);
        pluperfectParticles = pluperfectParticles == null ? List.of() : List.copyOf(pluperfectParticles);
        arrestingBodies = arrestingBodies == null ? List.of() : List.copyOf(arrestingBodies);
        pluralAuxiliaries = pluralAuxiliaries == null ? List.of() : List.copyOf(pluralAuxiliaries);
        personPronouns = personPronouns == null ? List.of() : List.copyOf(personPronouns);
        groupPronouns = groupPronouns == null ? List.of() : List.copyOf(groupPronouns);
        subordinators = subordinators == null ? List.of() : List.copyOf(subordinators);
        ageBounds = ageBounds == null ? List.of() : List.copyOf(ageBounds);
        caseWords = caseWords == null ? List.of() : List.copyOf(caseWords);
        settingPrepositions = settingPrepositions == null ? List.of() : List.copyOf(settingPrepositions);
        cooperationOpeners = cooperationOpeners == null ? List.of() : List.copyOf(cooperationOpeners);
        beliefOpeners = beliefOpeners == null ? List.of() : List.copyOf(beliefOpeners);
        placePrepositions = placePrepositions == null ? List.of() : List.copyOf(placePrepositions);
        objectPronouns = objectPronouns == null ? List.of() : List.copyOf(objectPronouns);
        woundedOnes = woundedOnes == null ? List.of() : List.copyOf(woundedOnes);
        stillWords = stillWords == null ? List.of() : List.copyOf(stillWords);
        excepting = excepting == null ? List.of() : List.copyOf(excepting);
        resultOpeners = resultOpeners == null ? List.of() : List.copyOf(resultOpeners);
        personEndings = personEndings == null ? List.of() : List.copyOf(personEndings);
        hearsayParticles = hearsayParticles == null ? List.of() : List.copyOf(hearsayParticles);
        patients = patients == null ? List.of() : List.copyOf(patients);
        participlePrefixes = participlePrefixes == null ? List.of() : List.copyOf(participlePrefixes);
        participleEndings = participleEndings == null ? List.of() : List.copyOf(participleEndings);
        illnesses = illnesses == null ? List.of() : List.copyOf(illnesses);
        unhurtWords = unhurtWords == null ? List.of() : List.copyOf(unhurtWords);
        careReasons = careReasons == null ? List.of() : List.copyOf(careReasons);
        takings = takings == null ? List.of() : List.copyOf(takings);
        dualEndings = dualEndings == null ? List.of() : List.copyOf(dualEndings);
        dualPronouns = dualPronouns == null ? List.of() : List.copyOf(dualPronouns);
        heldOneNouns = heldOneNouns == null ? List.of() : List.copyOf(heldOneNouns);
        incidentRelatives = incidentRelatives == null ? List.of() : List.copyOf(incidentRelatives);
        resumingPronouns = resumingPronouns == null ? List.of() : List.copyOf(resumingPronouns);
        trapVerbs = trapVerbs == null ? List.of() : List.copyOf(trapVerbs);
        trapPrepositions = trapPrepositions == null ? List.of() : List.copyOf(trapPrepositions);
        trapPlaces = trapPlaces == null ? List.of() : List.copyOf(trapPlaces);
        bodyNouns = bodyNouns == null ? List.of() : List.copyOf(bodyNouns);
        accusativeEndings = accusativeEndings == null ? List.of() : List.copyOf(accusativeEndings);
        personObjectVerbs = personObjectVerbs == null ? List.of() : List.copyOf(personObjectVerbs);
        thingNouns = thingNouns == null ? List.of() : List.copyOf(thingNouns);
        agentEndings = agentEndings == null ? List.of() : List.copyOf(agentEndings);
        verbEndings = verbEndings == null ? List.of() : List.copyOf(verbEndings);
        verbInitials = verbInitials == null ? List.of() : List.copyOf(verbInitials);
        singularNisbaEndings = singularNisbaEndings == null ? List.of() : List.copyOf(singularNisbaEndings);
        prepositionProclitics = prepositionProclitics == null ? List.of() : List.copyOf(prepositionProclitics);
        notComplementiserProclitics = notComplementiserProclitics == null ? List.of() : List.copyOf(notComplementiserProclitics);
        auxiliaries = auxiliaries == null ? List.of() : List.copyOf(auxiliaries);
        relativeOpeners = relativeOpeners == null ? List.of() : List.copyOf(relativeOpeners);
        relativePlacePrepositions = relativePlacePrepositions == null ? List.of() : List.copyOf(relativePlacePrepositions);
        relations = relations == null ? List.of() : List.copyOf(relations);
        alongside = alongside == null ? List.of() : List.copyOf(alongside);
        familyPrepositions = familyPrepositions == null ? List.of() : List.copyOf(familyPrepositions);
        articlePrefixes = articlePrefixes == null ? List.of() : List.copyOf(articlePrefixes);
        partOriginPrepositions = partOriginPrepositions == null ? List.of() : List.copyOf(partOriginPrepositions);
        obliquePluralEndings = obliquePluralEndings == null ? List.of() : List.copyOf(obliquePluralEndings);
        feminineDualEndings = feminineDualEndings == null ? List.of() : List.copyOf(feminineDualEndings);
        agents = agents == null ? List.of() : List.copyOf(agents);
        since = since == null ? List.of() : List.copyOf(since);
        baselines = baselines == null ? List.of() : List.copyOf(baselines);
        pairs = pairs == null ? List.of() : List.copyOf(pairs);
        ages = ages == null ? List.of() : List.copyOf(ages);
        previousTolls = previousTolls == null ? List.of() : List.copyOf(previousTolls);
        notActions = notActions == null ? List.of() : List.copyOf(notActions);
        nameParticles = nameParticles == null ? List.of() : List.copyOf(nameParticles);
        titleArticles = titleArticles == null ? List.of() : List.copyOf(titleArticles);
        pastClauses = pastClauses == null ? List.of() : List.copyOf(pastClauses);
        relativePassives = relativePassives == null ? List.of() : List.copyOf(relativePassives);
        nameWords = nameWords == null ? List.of() : List.copyOf(nameWords);
        colleagues = colleagues == null ? List.of() : List.copyOf(colleagues);
        nisbaEndings = nisbaEndings == null ? List.of() : List.copyOf(nisbaEndings);
        passiveAuxiliaries = passiveAuxiliaries == null ? List.of() : List.copyOf(passiveAuxiliaries);
        undoingPassives = undoingPassives == null ? List.of() : List.copyOf(undoingPassives);
        objectPrepositions = objectPrepositions == null ? List.of() : List.copyOf(objectPrepositions);
        relativePronouns = relativePronouns == null ? List.of() : List.copyOf(relativePronouns);
        specifierPrepositions = specifierPrepositions == null ? List.of() : List.copyOf(specifierPrepositions);
        exceeds = exceeds == null ? List.of() : List.copyOf(exceeds);
        originPrepositions = originPrepositions == null ? List.of() : List.copyOf(originPrepositions);
        hospitalStays = hospitalStays == null ? List.of() : List.copyOf(hospitalStays);
        complementisers = complementisers == null ? List.of() : List.copyOf(complementisers);
        searchWords = searchWords == null ? List.of() : List.copyOf(searchWords);
        timeConjunctions = timeConjunctions == null ? List.of() : List.copyOf(timeConjunctions);
        discharges = discharges == null ? List.of() : List.copyOf(discharges);
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

    /**
     * Words saying what befell a group; {@code toll: true} marks a toll noun (death toll, حصيلة),
     * which binds to a count after a word of {@code toll_rises} however far apart they stand;
     * {@code of_earlier: true} marks words that make their groups parts of a whole counted in an
     * earlier sentence of the paragraph (The dead included two journalists, وكان بين القتلى صحفيان);
     * {@code light: true} marks verbs that take their meaning from a result noun after the count
     * (سقط 16 قتيلا، سقط عشرات الجرحى) and only alone say their own action (سقط ثلاثة جنود);
     * {@code inherits: true}, with {@code of_earlier}, marks words that name no action of their own
     * (They included two journalists): the group takes the action of the last whole counted before it
     * in the paragraph, and is no claim without one;
     * {@code states: true} marks a state stated after the group (وهم مصابون, "while wounded"), which
     * holds whatever the verb before the group did: a cancel before it (أُنقذ, rescued) does not undo it;
     * {@code adjacent: true} marks words before the group that bind only a group right after them, an article at most
     * between: what they take is the people themselves ("the gunmen took three hostages"), not what the people had or
     * held ("took the phones of five passengers", "seized the town, home to 20,000 residents").
     */
    public record ActionRule(String id, String name, String action, Position position, List<String> words,
                             @OptionalKey Boolean toll, @OptionalKey Boolean ofEarlier, @OptionalKey Boolean light,
                             @OptionalKey Boolean inherits, @OptionalKey Boolean states, @OptionalKey Boolean adjacent,
                             @OptionalKey Boolean ownHand, Examples examples) implements Rule {
        public ActionRule {
            words = List.copyOf(words);
        }

        /**
         * {@code own_hand: true}: the words tell a doer's death by his own hand ("turning the gun on himself"), which
         * befalls one person, never a group of several counted before it.
         */
        boolean isOwnHand() {
            return Boolean.TRUE.equals(ownHand);
        }

        boolean isToll() {
            return Boolean.TRUE.equals(toll);
        }

        boolean isOfEarlier() {
            return Boolean.TRUE.equals(ofEarlier);
        }

        boolean inheritsAction() {
            return Boolean.TRUE.equals(inherits);
        }

        boolean statesAState() {
            return Boolean.TRUE.equals(states);
        }

        boolean isLight() {
            return Boolean.TRUE.equals(light);
        }

        boolean isAdjacent() {
            return Boolean.TRUE.equals(adjacent);
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
        problems.oneWordEach("name_particles", nameParticles);
        problems.oneWordEach("title_articles", titleArticles);
        problems.oneWordEach("name_words", nameWords);
        problems.oneWordEach("colleagues", colleagues);
        problems.oneWordEach("nisba_endings", nisbaEndings);
        problems.oneWordEach("passive_auxiliaries", passiveAuxiliaries);
        problems.oneWordEach("undoing_passives", undoingPassives);
        problems.oneWordEach("object_prepositions", objectPrepositions);
        problems.oneWordEach("relative_pronouns", relativePronouns);
        problems.oneWordEach("specifier_prepositions", specifierPrepositions);
        problems.oneWordEach("exceeds", exceeds);
        problems.oneWordEach("case_words", caseWords);
        problems.oneWordEach("trap_verbs", trapVerbs);
        problems.oneWordEach("trap_prepositions", trapPrepositions);
        problems.oneWordEach("trap_places", trapPlaces);
        problems.oneWordEach("body_nouns", bodyNouns);
        problems.oneWordEach("setting_prepositions", settingPrepositions);
        problems.oneWordEach("cooperation_openers", cooperationOpeners);
        problems.oneWordEach("belief_openers", beliefOpeners);
        problems.oneWordEach("place_prepositions", placePrepositions);
        problems.oneWordEach("object_pronouns", objectPronouns);
        problems.oneWordEach("wounded_ones", woundedOnes);
        problems.oneWordEach("own_subject_passives", ownSubjectPassives);
        problems.oneWordEach("still_words", stillWords);
        problems.oneWordEach("person_endings", personEndings);
        problems.oneWordEach("hearsay_particles", hearsayParticles);
        problems.oneWordEach("patients", patients);
        problems.oneWordEach("participle_prefixes", participlePrefixes);
        problems.oneWordEach("participle_endings", participleEndings);
        problems.oneWordEach("auxiliaries", auxiliaries);
        problems.oneWordEach("relative_openers", relativeOpeners);
        problems.oneWordEach("relative_place_prepositions", relativePlacePrepositions);
        problems.oneWordEach("relations", relations);
        problems.oneWordEach("family_prepositions", familyPrepositions);
        problems.oneWordEach("origin_prepositions", originPrepositions);
        problems.oneWordEach("complementisers", complementisers);
        problems.oneWordEach("search_words", searchWords);
        problems.oneWordEach("time_conjunctions", timeConjunctions);
        problems.oneWordEach("indefinite_articles", indefiniteArticles);
        problems.oneWordEach("definite_articles", definiteArticles);
        problems.oneWordEach("one_words", oneWords);
        problems.oneWordEach("one_of", oneOf);
        problems.oneWordEach("circumstance_prepositions", circumstancePrepositions);
        problems.oneWordEach("linked_singulars", linkedSingulars);
        problems.oneWordEach("partitive_prepositions", partitivePrepositions);
        problems.oneWordEach("partitive_pronouns", partitivePronouns);
        problems.oneWordEach("list_words", listWords);
        problems.oneWordEach("adverb_endings", adverbEndings);
        problems.oneWordEach("describing_endings", describingEndings);
        problems.oneWordEach("of_them_words", ofThemWords);
        problems.oneWordEach("dating_relatives", datingRelatives);
        problems.oneWordEach("prosecution_words", prosecutionWords);
        problems.oneWordEach("dual_others", dualOthers);
        problems.oneWordEach("article_prefixes", articlePrefixes);
        problems.oneWordEach("part_origin_prepositions", partOriginPrepositions);
        problems.oneWordEach("oblique_plural_endings", obliquePluralEndings);
        problems.oneWordEach("feminine_dual_endings", feminineDualEndings);
        problems.oneWordEach("dual_endings", dualEndings);
        problems.oneWordEach("dual_pronouns", dualPronouns);
        problems.oneWordEach("held_one_nouns", heldOneNouns);
        problems.oneWordEach("incident_relatives", incidentRelatives);
        problems.oneWordEach("resuming_pronouns", resumingPronouns);
        problems.oneWordEach("accusative_endings", accusativeEndings);
        problems.oneWordEach("person_object_verbs", personObjectVerbs);
        problems.oneWordEach("thing_nouns", thingNouns);
        problems.oneWordEach("agent_endings", agentEndings);
        problems.oneWordEach("verb_endings", verbEndings);
        problems.oneWordEach("verb_initials", verbInitials);
        problems.oneWordEach("singular_nisba_endings", singularNisbaEndings);
        problems.oneWordEach("preposition_proclitics", prepositionProclitics);
        problems.oneWordEach("not_complementiser_proclitics", notComplementiserProclitics);
        for (int i = 0; i < hospitalStays.size(); i++) {
            if (hospitalStays.get(i).isBlank()) {
                problems.at("hospital_stays/" + i, "empty phrase");
            }
        }
        for (int i = 0; i < discharges.size(); i++) {
            if (discharges.get(i).isBlank()) {
                problems.at("discharges/" + i, "empty phrase");
            }
        }
        for (int i = 0; i < illnesses.size(); i++) {
            if (illnesses.get(i).isBlank()) {
                problems.at("illnesses/" + i, "empty phrase");
            }
        }
        for (int i = 0; i < unhurtWords.size(); i++) {
            if (unhurtWords.get(i).isBlank()) {
                problems.at("unhurt_words/" + i, "empty phrase");
            }
        }
        for (int i = 0; i < careReasons.size(); i++) {
            if (careReasons.get(i).isBlank()) {
                problems.at("care_reasons/" + i, "empty phrase");
            }
        }
        for (int i = 0; i < nameParticles.size(); i++) {
            if (nameParticles.get(i).strip().equals("-")) {
                problems.at("name_particles/" + i, "a prefix needs letters before its '-'");
            }
        }
        // "who was": the pronoun alone ("who") would take every relative clause on the name for its past
        for (int i = 0; i < pastClauses.size(); i++) {
            if (pastClauses.get(i).strip().split("\\s+").length < 2) {
                problems.at("past_clauses/" + i, "'" + pastClauses.get(i) + "' needs two words or more: a pronoun and its verb");
            }
        }
        for (int i = 0; i < relativePassives.size(); i++) {
            if (relativePassives.get(i).isBlank()) {
                problems.at("relative_passives/" + i, "empty phrase");
            }
        }
    }
}
