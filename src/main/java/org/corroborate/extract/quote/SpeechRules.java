package org.corroborate.extract.quote;

import java.util.List;

import org.corroborate.rules.Examples;
import org.corroborate.rules.OptionalKey;
import org.corroborate.rules.Problems;
import org.corroborate.rules.Rule;
import org.corroborate.rules.RuleFile;
import org.corroborate.rules.RulePacks;

/**
 * A {@code speech} rule file: the words that attribute a statement to a speaker. Words are
 * matched on the normalised text (hamza and alef folded, harakat dropped), with the one-letter
 * proclitics of {@code proclitics} (و، ف) allowed in front of verbs.
 *
 * <ul>
 *   <li>{@code verbs}: speech verbs (قال، أكد، said, told), each group a rule with examples;</li>
 *   <li>{@code sources}: "according to" words that put the speaker after them (بحسب، وفق);</li>
 *   <li>{@code complementizers}: words that open reported speech after a verb (إن، أن، that);</li>
 *   <li>{@code speaker_stops}: words that end a speaker's name (في، خلال، on, in), and
 *       {@code stop_prefixes}: attached prepositions that end it too (لوكالة، بالرد);</li>
 *   <li>{@code speaker_heads}: nouns that open a speaker's name before its verb (وزارة، الجيش);</li>
 *   <li>{@code name_links}: words that carry a name on past a stop (المتحدث باسم الجيش);</li>
 *   <li>{@code link_stops}: words that a name link carries no name on to: an ordinal day (قال الرئيس في العاشر من …);</li>
 *   <li>{@code noun_markers}: words that make the verb form after them a noun (the saying);</li>
 *   <li>{@code participles}: speech verbs that share the subject of their clause (مضيفا، adding):
 *       their speaker is the one already speaking in the sentence;</li>
 * </ul>
 * Verb groups whose id ends in {@code .relay} (نقل عن) name the speaker after عن; those whose id ends in
 * {@code .accuse} (accused) report a statement only with a quotation right after one of the
 * {@code accusation_prepositions} (of) a few words on ("accused the army of “…”"; K14 of dev11).
 * <ul>
 *   <li>{@code statement_sources}: phrases naming who issued a statement (بيان صادر عن);</li>
 *   <li>{@code anaphors}: words that stand for an earlier speaker (البيان، the statement);</li>
 *   <li>{@code comma_calls}: call verbs read as one only right after a comma (متهماً: also the noun "accused");</li>
 *   <li>{@code body_anaphors}: Arabic masculine anaphors that stand for a body (المجلس، الاتحاد), which take the body
 *       named before with their noun as a feminine body's noun does, even after another speaker;</li>
 *   <li>{@code objects}: nouns a verb such as وصف takes before the quote (الحادث، the attack);</li>
 *   <li>{@code body_heads}: last words of an organisation's capitalised name (Alliance, Ministry): an
 *       anaphor ("the organisation") with no named speaker before it stands for the last such
 *       name written before it;</li>
 *   <li>{@code relatives}: relative pronouns as a verb's subject (which, التي): the speaker is the
 *       name before the comma they follow (the UN mission, which said …);</li>
 *   <li>{@code not_sources}: nouns that, right after an "according to" word, make it "under, in line
 *       with" rather than a source (وفق الاتفاق، وفقا للقانون، according to the plan): no statement;</li>
 *   <li>{@code unnamed_speakers}: shapes of speakers that name no one (he, the *, ال*, and unnamed sources: "security sources", "a * official", "مصادر *"; {@code *} is one
 *       word or the rest of one): they may agree with a report, never contradict one ({@link UnnamedSpeakers}).</li>
 *   <li>{@code bare_clause_verbs}: the verbs that report a clause with no complementizer after them
 *       (said it would …); when given, the other verbs need one (confirmed the ambassador: an object,
 *       not a statement);</li>
 *   <li>{@code statement_times}: words of a time phrase that may stand between such a verb and its
 *       clause (said on Wednesday it would …);</li>
 *   <li>{@code ambiguous_verbs}: verb forms that are also a common other word (بيّن "made clear", written
 *       بين, is "between"): a speech verb only where a clause opens (the sentence's start, or after
 *       punctuation) and a complementizer follows its speaker (وبين المصدر أن …), never before a
 *       quotation on its own. They are listed among the {@code verbs} too;</li>
 *   <li>{@code addressee_verbs}: verbs whose object is who was spoken to (told, tells): "told residents
 *       to stay indoors" is an order, no statement, when "to" follows within a few words with none
 *       of the {@code auxiliaries} (would, had) before it ("told the BBC he would return to Kabul" is one);
 *       a known one of the {@code addressees} (reporters, the BBC) right after such a verb is no part of
 *       the clause it reports;</li>
 *   <li>{@code statement_circumstances}: phrases that open the circumstance of a saying after its verb
 *       ("…, the registry said on Friday as it released final results", "…, an official told reporters on
 *       condition of anonymity"): what follows one is how or when it was said, not what, and it does not
 *       stop the clause before the verb from being the statement;</li>
 *   <li>{@code passive_auxiliaries}: words that make the speech verb after them passive ("It is said
 *       that …", "Residents were told that …"): its subject did not speak, and it reports no statement.</li>
 *   <li>{@code subject_pronouns}: personal pronouns that are a clause's whole subject (he, she): words
 *       before one in front of its verb are a fronted phrase ("In a televised address he said"), not
 *       the speaker's;</li>
 *   <li>{@code subject_titles}: the last words of a title (minister, governor; in Arabic the
 *       {@code speaker_heads} serve) that make a sentence's opening subject, who says nothing there,
 *       the antecedent of the pronoun (or dropped subject) of a statement after it ("the prime
 *       minister called a meeting … In a televised address he said …").</li>
 *   <li>{@code generic_speakers}: words of an unnamed group of opinion-holders (economists, analysts,
 *       many, some): a speaker made of these words alone names no one who spoke, and the opinion is
 *       no quote claim (rule 3 of dev, M8 of dev12: "…, economists say").</li>
 *   <li>{@code generic_statement_verbs}: verbs that make such a group's words a statement all the same, a quote with
 *       the group as written for speaker (rule 26 of dev; Q4 of blind18: "Experts have warned that rising sea levels
 *       …", "Analysts warned that …"): a warning is said, not a view held.</li>
 *   <li>{@code opinion_verbs} and {@code opinion_groups}: present-tense forms of "say" (say, يقول) and
 *       the nouns of unnamed groups of ordinary people (residents, farmers, أصحاب، سكان): such a
 *       group's present "say", with no name in the speaker, reports a common view, not a statement
 *       (rule 3 of dev: "Farmers in the valley say …", "ويقول أصحاب الورش إن …").</li>
 *   <li>{@code perfect_object_verbs}: an auxiliary and a speech verb (has added) that, with no complementizer
 *       after them, take an object and report nothing ("Curators have added audio guides").</li>
 *   <li>{@code estimate_nouns}: nouns of a body's estimates and tallies (تقديرات، إحصاءات): after
 *       بحسب/وفق, the body they belong to is the source ("بحسب تقديرات أولية لوزارة الزراعة");</li>
 *   <li>{@code statement_nouns}: nouns of a body's written statement (بيان، بلاغ; statement): "وقال بيان للجيش"
 *       — the body after the clitic ل speaks; "issued a statement saying …", "a statement in which it said …" — the
 *       statement's issuer speaks;</li>
 *   <li>{@code go_on_verbs}: forms of "go" that, before "on", are no part of the speaker ("She went on
 *       to say that …");</li>
 *   <li>{@code predicate_conjunctions}: conjunctions that, before an auxiliary, carry a subject's
 *       predicate on between two quotations ("… and was …");</li>
 *   <li>{@code speaker_participles}: participles of the speaker's circumstance (speaking, addressing; متحدثاً،
 *       مخاطباً): after a comma that follows a reported clause or a trailing tag ("…, the minister said, speaking at a
 *       session of parliament"; "وقال الوزير إن …، متحدثاً في جلسة البرلمان"), they open a phrase about the speaker
 *       that ends what was said;</li>
 *   <li>{@code content_verbs} (جاء، ورد: came, appeared) before one of the {@code content_prepositions} (في) and a
 *       statement's noun, or before a {@code resumptive_pronouns} word (فيه), then a complementizer, report what the
 *       statement says: «وجاء في البيان أن …» is the statement's (its body's), «أصدرت الوزارة بياناً جاء فيه أن …» the
 *       ministry's, «وجاء فيه أن …» opening a sentence the body's named in the sentence before;</li>
 *   <li>{@code fronted_participle_endings}: endings of a participle that opens a fronted phrase
 *       ("Speaking to reporters on Monday, he said"): its words are not the speaker's;</li>
 *   <li>{@code subject_articles}: the articles that open a titled subject ("the prime minister
 *       called …"; see {@code subject_titles});</li>
 *   <li>{@code speaker_conjunctions}: conjunctions that open a comma segment before its verb and are no
 *       part of the speaker ("…, and aid groups said");</li>
 *   <li>{@code accusation_prepositions}: the word (of) a quotation must follow right after, a few words on,
 *       for a verb of an {@code .accuse} group to report a statement ("accused the army of “…”"; K14 of dev11);</li>
 *   <li>{@code in_charge_words}: words of an official "in charge of" (المكلف): what follows with one of
 *       the {@code in_charge_clitics} (ب), a stop prefix elsewhere, is part of the title ("المكلف بالبيئة").</li>
 * </ul>
 * Letters written onto a word (Arabic; English lists none):
 * <ul>
 *   <li>{@code body_clitics}: the letter before a body's name after the statement or estimates it
 *       issued (ل: "بيان للجيش", "تقديرات أولية لوزارة الزراعة"), and {@code body_clitic_articles}: such a
 *       letter with the article after it as written, the article's alef dropped (لل: "للجيش" is ل + الجيش);</li>
 *   <li>{@code in_charge_clitics}: the letter before what an official is in charge of (ب: "المكلف بالبيئة");</li>
 *   <li>{@code description_clitics}: the letter on the complementizer after what a describing verb
 *       describes (ب: "ووصف الحكومة بأنها عاجزة"): the words between are its object, not its speaker.</li>
 * </ul>
 * Words of the attribution's shape:
 * <ul>
 *   <li>{@code relay_prepositions}: the preposition after a relaying verb before its speaker (نقل عن);</li>
 *   <li>{@code source_relatives} and {@code source_pronouns}: "ما" and the verb's pronoun after an "according
 *       to" word, before the speaker ("بحسب ما أفادت به منظمة محلية");</li>
 *   <li>{@code planned_relatives}: a word right after such a "ما" that makes the phrase "as" (as planned, as
 *       expected) with no speaker ("حسب ما هو مقرر"، "وفق ما كان مخططاً");</li>
 *   <li>{@code same_words}: "the same" after an anaphor's noun ("المصالح ذاتها"), which it stands for as the
 *       noun alone does;</li>
 *   <li>{@code name_introducers}: words before a nickname in marks ("alias 'El Zarco'"), which is a name, no
 *       quotation;</li>
 *   <li>{@code opening_negations} (لم) and {@code opening_auxiliaries} (كان): a sentence opening with one (و/ف written on
 *       it or not) has its subject after the verb even without the article, up to a speaker stop ("وكان صحفي ثالث قد
 *       أُفرج عنه …، وقال: «…»"، "ولم تعلّق أنقرة على …، فيما تقول إن …"): a dropped subject's speech verb later in the
 *       sentence is that subject's (rule 26 of dev: the nearest antecedent);</li>
 *   <li>{@code tag_breaks}: conjunctions after a comma that follows a clause-final tag's verb or its time ("…, the air force
 *       said on Thursday, but a strike …", "…, the army said on Monday, after jihadists killed …"): a clause of its own,
 *       no part of the tag, which stays short;</li>
 *   <li>{@code described_relatives} (ما): before a describing verb with the object pronoun ("انتقد نواب المعارضة ما
 *       وصفوه بـ«…»"، "وانتقدت كتل معارضة ما وصفته بغياب …"): what the subject of the clause's verb calls the thing is
 *       that subject's words, the description after the clitic ب;</li>
 *   <li>{@code object_pronoun_verbs}: finite describing verbs carrying the object pronoun (وصفها): a subject named right
 *       after one, before the description's complementizer or marks, speaks ("في زيارة وصفها مراقبون بأنها «…»": the
 *       observers, not the sentence's subject);</li>
 *   <li>{@code count_noun_participles} (مشيراً، لافتاً) with one of the {@code count_noun_prepositions} (إلى) before a
 *       count noun: "…، مشيراً إلى توقيف خمسة أشخاص" is the speaker's statement of the count, a quote marked sourcing as
 *       an announced count noun is (rule 6: circumstantial forms are speech; blind7 #32);</li>
 *   <li>{@code as_describing_verbs}: words of a describing group that describe only with "as" a few words on, before
 *       any punctuation ("condemned the strike as “a flagrant violation”", "dismissed the plan as …"); without it they
 *       report nothing ("condemned the attack");</li>
 *   <li>{@code as_clause_verbs} (was, met, began) and {@code as_clause_verb_followers} (to, for, the): a finite verb a
 *       few words after one of the {@code description_markers}, after a subject of its own, makes that "as" open a
 *       clause of time, no description ("Residents described queues outside the bakery as the council met"); an -ed
 *       word counts when one of the followers comes right after it ("as families tried to leave");</li>
 *   <li>{@code announced_nouns}: verbal nouns of a decision or an act that are no count's event (فرض، فتح، إطلاق،
 *       التوصل، رفض): after an announcing verb and its speaker, or after one of the {@code count_noun_participles} and
 *       its {@code count_noun_prepositions} word, the noun phrase one opens is what was announced, a quote of its own
 *       ("أعلنت الوزارة فرض حظر تجول"، "أعلنت كتل معارضة رفضها …"; blind8 #26), also with one of the
 *       {@code noun_suffixes} (ها، ه، هم) written on;</li>
 *   <li>{@code told_objects}: nouns that, right after a verb of the {@code addressee_verbs} or after a noun marker
 *       there, are what is told, no one told ("tells the story of …", "told the truth"): no statement;</li>
 *   <li>{@code warning_verbs} and {@code warning_prepositions}: a warning's verb, finite or a participle, with the
 *       preposition and a noun phrase after it ("حذّرت منظمة الصحة العالمية من تفشٍّ واسع للكوليرا"، "…، محذرة من
 *       كارثة"): the noun phrase is what was warned of, a quote (dev16-ar-004; blind9 #31); with a complementizer after
 *       the preposition ("من أن …") the clause is, as for any speech verb; not when a word of the warner is one of the
 *       {@code forecasters} ("حذّرت هيئة الأرصاد من موجة حر": a weather forecast, rules 3 and 6 of dev);</li>
 *   <li>{@code necessity_nouns}: after an announcing or confirming verb and its speaker, a noun of necessity (ضرورة)
 *       opens what was said, a quote ("وأكدت المحافظة في بيان ضرورة إخلاء المباني المتصدعة");</li>
 *   <li>{@code adverb_endings}: endings of an adverb (-ly) before a word after "as", which then opens no clause of its
 *       own ("as widely expected"): the description goes on;</li>
 *   <li>{@code statement_complementizers}: matched as written, the words that may stand between a relative clause's day
 *       and the statement it dates, a comma before them at most ("The junta, which announced on Friday that it would
 *       …", «التي أعلنت الأحد أن …»): that day is the statement's, no aside; not «، إن», which opens the words of the
 *       main clause's verb («وقال الوزير، الذي تولى منصبه في 2019، إن …»);</li>
 *   <li>{@code noun_object_participles} and {@code verbal_noun_shapes}: circumstantial speech verbs that take what was
 *       said as a noun phrase (مؤكداً، مشدداً), and shapes of verbal nouns, {@code ?} one letter (ا?ت?ا?: اكتمال): such a
 *       participle with a verbal noun right after it (a shape, a count noun or an announced noun) states that noun
 *       phrase, a quote (rule 6 of dev; blind10 #27): "…، مؤكداً اكتمال صفوف الفريق";</li>
 *   <li>{@code addressee_nouns}: nouns of whom a statement is made to, a reporter or an outlet, that with one of the
 *       {@code addressee_clitics} written on are the addressee, no speaker, right after a speech verb or set off by
 *       commas after its speaker ("وأفادت مصادر أمنية، لمراسل الأناضول، بأن …");</li>
 *   <li>{@code announced_prepositions}: a preposition written alone after an announcing verb and its speaker that
 *       opens the announcement's object (عن): a verbal noun right after it opens what was announced, as the noun alone
 *       does ("أعلنت الوزارة، في بيان، عن إطلاق …");</li> *   <li>{@code announcement_days} and {@code not_announced_objects}: with a day of the first between an announcing verb's
 *       speaker and a noun phrase, the noun phrase is what was announced, a quote dated by that day ("وأعلنت الوزارة الأحد
 *       حزمة مساعدات …"), unless its first word is one of the second, a declaration that is an act of its own (حالة
 *       الطوارئ، الحداد) or a claim of responsibility;</li>
 *   <li>{@code name_stops}: names written as a stop word is once normalised (علي as على): as the last word of a name in
 *       apposition, before its comma or colon, one is part of the name ("…، محمد أيت علي: «…»");</li>
 *   <li>{@code anonymity_words}: the name or identity a source withheld (اسمه، هويته): an aside set off by commas after a
 *       speaker that holds one says the source is not named ("وقال مسؤول أمني، فضل عدم ذكر اسمه، إن …"); it is no name
 *       in apposition, and an addressee set off after it ("…، لوكالة الأنباء، إن …") still leaves the speaker's clause;</li>
 *   <li>{@code naming_participles}: participles that open an aside set off by commas after a description and give the
 *       person's name after "as" ({@code description_markers}): "The witness, identified only as Mr. K., said" — the name
 *       speaks, not the description;</li>
 *   <li>{@code varying_verbs}: verbs of varying (تتفاوت، تختلف، vary): "according to" after one in its clause, with no
 *       comma before it, is "depending on", a criterion and no source ("وتتفاوت أسعار البخور بحسب اللون والنقاء");</li>
 *   <li>{@code figure_object_verbs} and {@code figure_units}: a verb of the first right before a number and one of the
 *       second ("Tokyo's Nikkei added 0.4 percent", "the index adds 3%") takes a figure as its object, a market move
 *       (rule 3 of dev: no claim), no statement;</li>
 *   <li>{@code figure_object_followers}: a verb of {@code figure_object_verbs} right before a number and one noun also
 *       takes it as its object when the noun ends the clause or one of these follows it ("The economy added 35,000 jobs
 *       in March"; not "He added 12 people were killed", whose noun a verb follows);</li>
 *   <li>{@code name_heads}: indefinite nouns of a body, a medium or a work, and "titled", right before marks around a
 *       name or title of a few words ("وكالة «أعماق»"، "فريق «منسقو استجابة سوريا»"، "بعنوان «…»"): a name, no quotation,
 *       also with و/ف, ل or ب written on the noun;</li>
 *   <li>{@code count_nouns}: verbal nouns of a count's event (مقتل، توقيف، ارتفاع): after a verb of a group whose id
 *       ends in {@code .announce} and its speaker, with no complementizer, the noun phrase one opens is what was
 *       announced ("أعلنت الوزارة توقيف تسعة أشخاص"), a quote marked {@code sourcing} when it carries a count, none
 *       otherwise (rule 4 of dev: "أعلن الجيش … مقتل …" is a count's attribution; a noun object is no reported clause);
 *       a count noun right after a whole name is no word of it ("أعلنت وزارة الداخلية توقيف …": the ministry speaks),
 *       and {@code announcement_times} words may stand between ("أعلن الجيش لاحقاً مقتل …"); the
 *       {@code confirmed_count_verbs} (أكد) take such a noun as an announcing verb does ("أكدت المنظمة وفاة 13 طفلاً");
 *       the noun phrase ends at a comma before one of the {@code announced_clause_ends} (فيما، بينما: a clause with a
 *       subject of its own) or an "according to" word (another source's tag);</li>
 *   <li>{@code call_objects}: whom a call is commonly made to (المواطنين، الحكومة، المجتمع): after two words or more of a
 *       call verb's subject, one ends the subject ("ودعا وزير الداخلية المواطنين إلى …، مؤكداً أن …": the minister
 *       speaks);</li>
 *   <li>{@code stand_ins}: descriptions that stand for a person named before, {@code *} a word or part of one
 *       ("the *-year-old", "the mother of *"): before any speaker is named, the person a sentence opened with speaks;</li>
 *   <li>{@code death_verbs}: verbs of a death ("died", "drowned"): the person a sentence opens with who dies right
 *       after the name is no speaker a later pronoun or stand-in stands for;</li>
 *   <li>{@code object_shapes}: shapes of nouns that are never adjectives, {@code ?} one letter ("التفعيل", a verbal
 *       noun: التقرير، التصريح): after a word with the article such a word opens the verb's object, and the subject of a
 *       verb-subject-object sentence ends before it ("وانتقد وزير المالية التقرير ووصفه بأنه …");</li>
 *   <li>{@code refusals} ("declined to", "would not") and {@code withheld_verbs} ("say", "name", "comment"): a refusal
 *       to tell, one before the other: after a {@code predicate_conjunctions} word it ends the reported clause before it
 *       ("confirmed that two officers had been suspended but declined to name them"), and a speech verb it ends on
 *       reports nothing ("would not say where the men were held");</li>
 *   <li>{@code prepositional_verbs}: a speech verb and the preposition after it that make it another verb, whose
 *       subject says nothing ("The rise added to fears that …": added to, contributed to), or a phrase of three words
 *       ("claimed the attack"), or a speech verb and an object or state that make it no report ("said goodbye",
 *       "people reported missing");</li>
 *   <li>{@code resumptive_pronouns}: "in it" right after a speech verb that follows a statement's noun ("أصدرت
 *       الوزارة بياناً قالت فيه إن …"): no speaker, the verb's subject is the body that issued the statement;</li>
 *   <li>{@code relative_sources}: "according to" words that are one only before a {@code source_relatives} word or
 *       with it written on ("حسب ما أفادت"، "حسبما أفادت"; "حسب الموسم" is "depending on");</li>
 *   <li>{@code source_links}: the word after an "according" word that links it to its source ("according to",
 *       "وفقا ل");</li>
 *   <li>{@code indefinite_articles} (a, an), with {@code subject_articles}: the articles passed over before a
 *       source's head, and that open "…, a claim" or "in a statement";</li>
 *   <li>{@code noun_clause_openers}: words after "…, a claim" that make the verb after them a relative
 *       clause's (a claim that officials denied);</li>
 *   <li>{@code medium_prepositions}: the preposition of a statement's medium ("said in a statement on its
 *       radio station that …"), which may stand longer before the complementizer;</li>
 *   <li>{@code go_on_particles}: the word after one of the {@code go_on_verbs} ("went on");</li>
 *   <li>{@code description_markers}: the word that makes a describing verb say something ("described the
 *       attack as cowardly");</li>
 *   <li>{@code order_markers}: the word that makes what an addressee verb reports an order ("told residents
 *       to stay indoors");</li>
 *   <li>{@code clause_links}: conjunctions that may stand alone between two quotations of one speaker (و، and),
 *       or join two predicates of one subject before its speech verb ("Salih, 54, thanked the chamber and said");</li>
 *   <li>{@code count_event_predicates}: verbs (or phrases) of an arrest or a casualty ("was arrested",
 *       "ordered the detention of"): a reported statement whose clause reads one as its verb is the
 *       sourcing of a count, no quote, even where the count reader finds no figure in it (rule 4 of dev,
 *       N10/N13 of dev13: "The factory's owner was arrested on Tuesday, police said"); after one of the
 *       {@code count_event_determiners} (the, those) the word is a noun's ("most of those detained");</li>
 *   <li>{@code count_event_person_predicates}: verbs that are an arrest only when people are taken ("captured"): they
 *       read as one of the {@code count_event_predicates} only one or two words after one of the
 *       {@code passive_auxiliaries} ("was captured", "were later captured") or before a count or a person's noun ("captured 40 fighters", "captured the rebel commander");
 *       "Rebels captured the town of Goma" reports territory, and the statement stays a quote;</li>
 *   <li>{@code second_clause_openers} and {@code own_verb_auxiliaries}: what opens a clause with a verb of its own
 *       beside a count in a reported statement ("but", ثم، لكن; "would", "had" before a verb that is not the count's):
 *       with a participle ({@code participles}: مؤكداً أن، "adding") or a linked complementizer ("and that", وأن), the
 *       statement says more than the count and stays a quote (rule 4 of dev: only a statement whose whole content is the
 *       count is its sourcing; a date, a place, a cause of death or a detail of the count is no clause of its own);</li>
 *   <li>{@code count_subject_verbs}: verbs of which a count's noun phrase is the subject ("the murder of two children
 *       shocked the town", أثار): right after the count, the statement says more than the count and stays a quote;</li>
 *   <li>{@code count_clause_subordinators}: words that open an adverbial clause (before, قبل): a count reported only
 *       after one, in a statement that opens with words of its own ("they heard gunfire before two men were shot dead",
 *       no relative pronoun before it), is no sourcing: the statement says more than the count and stays a quote;
 *       {@code count_clause_time_words} next to the subordinator only date the count's event ("came hours after", "جاء
 *       بعد ساعات من");</li>
 *   <li>{@code body_name_clitic_words}: words written with an attached preposition that carry a body's name on
 *       ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "المرصد السوري لحقوق الإنسان"); any other such word ends the
 *       name ("قالت الوزارة لوكالة رويترز");</li>
 *   <li>{@code general_body_heads}: a body's head noun with its adjective, two words ("المديرية العامة", "المفوضية
 *       العليا"), whose field follows with ل and the article written on: that word carries the name on when the
 *       announcement frame follows the name, a comma and one of the {@code announcement_days} or a complementizer
 *       ("أعلنت المديرية العامة للدفاع المدني، اليوم السبت، وفاة …", "… للدفاع المدني أن …"); not one of the
 *       {@code addressee_nouns} nor a word with one of the {@code addressee_endings} (a sound plural of people,
 *       "للمسافرين"): whom the words were said to;</li>
 *   <li>{@code document_nouns}, {@code issue_words}, {@code issuer_prepositions}: after بحسب/وفق (according to), a
 *       document (التقويم، بيانات, calendar) with a relative clause or participle of its issue (الذي أعلنته، الصادرة,
 *       published) and the body that issued it, after the issue or its preposition (عن, by) or between the document and
 *       the issue: the body is the speaker ("وفق التقويم الذي أعلنته وزارة التربية", "according to the calendar the
 *       education ministry published"); a document alone names none ("وفق بيانات دائرة الإحصاء");</li>
 *   <li>{@code count_detail_verbs}: verbs that only date or place an event (took place, جرت): a second statement of one
 *       verb after a count's sourcing that reads one is a detail of the count, no quote (rule 4 of dev);</li>
 *   <li>{@code addressee_clitics}: a preposition written onto the word right after a speech verb, or standing alone
 *       before a name in marks, that makes it whom the words were said to ("قال للصحفيين", "قال لـ«الشرق الأوسط»"): the
 *       speaker is then the subject before the verb;</li>
 *   <li>{@code clause_opening_phrases}: phrases opening with a speaker stop that still open the clause said after a
 *       bare speech verb ("said at least 3,000 people had been left homeless"), as a stop word alone does not;</li>
 *   <li>{@code fact_predicates}: verbs that state a fact of their own beside a count (seized, returned fire, escaped,
 *       sent, beaten; ضبطت، ردوا على مصدر النيران، فروا، أرسلت، بالضرب): a statement that reads one outside its counts
 *       says more than them and stays a quote (rule 4 of dev holds only when the count is its whole content);</li>
 *   <li>{@code title_complements}: words after a title that carry it on, so it is no titled subject yet
 *       ("the minister of health");</li>
 *   <li>{@code article_prefixes}: the definite article written onto its noun (ال): with the
 *       {@code subject_articles} (the), what marks an anaphor as a noun ("الوزارة", "the ministry") that
 *       an earlier name sharing the noun resolves;</li>
 *   <li>{@code name_inner_words}: lower-case words that may stand inside an organisation's capitalised
 *       name ("Sahel Relief Alliance", "Ministry of Health");</li>
 *   <li>{@code past_participle_endings}: endings of a past participle that, opening an aside after the
 *       speaker, describe it like a relative clause ("The group, founded in 2011, said …").</li>
 * </ul>
 * A speaker pronoun, or the verb of a dropped subject, stands for the last earlier speaker it agrees
 * with ({@link Agreement}):
 * <ul>
 *   <li>{@code person_pronouns} (he, she) stand for one person, {@code body_pronouns} (it) for a body,
 *       {@code plural_pronouns} (they) for several people or a body;</li>
 *   <li>a speaker is a body when the last word of its head (the words before the first
 *       {@code head_prepositions} word or speaker stop: "the Ministry" of "the Ministry of Interior") is
 *       one of the {@code body_nouns} or {@code body_heads}; one person when that word, or failing a body
 *       word any of the head's words, is one of the {@code person_nouns} or {@code subject_titles}; several
 *       people when that word is a person noun with one of the {@code plural_endings} (officials);</li>
 *   <li>an Arabic verb is feminine when it is a listed speech verb with one of the
 *       {@code feminine_verb_suffixes} added (قال → قالت) or its {@code masculine_verb_prefixes} letter
 *       changed to the {@code feminine_verb_prefixes} one in the same place (يقول → تقول), masculine the
 *       other way round;</li>
 *   <li>an Arabic speaker's gender is its first word's: feminine among the {@code feminine_nouns}
 *       (الأمم، الجمعية، مريم) or a speaker head with one of the {@code feminine_endings} (الوزارة) or
 *       made feminine by one (المتحدثة; a family name with the ending, الشكعة, tells nothing), masculine
 *       among the {@code masculine_nouns} (أسامة، حمزة) or the {@code speaker_heads}, either among the
 *       {@code either_gender_nouns} (مصادر، شهود: قال مصدر and قالت مصادر alike).</li>
 * </ul>
 */
public record SpeechRules(List<Verbs> verbs, @OptionalKey List<Verbs> sources, List<String> complementizers,
                          List<String> speakerStops, @OptionalKey List<String> stopPrefixes,
                          @OptionalKey List<String> speakerHeads, @OptionalKey List<String> nameLinks,
                          @OptionalKey List<String> nounMarkers, @OptionalKey List<String> participles,
                          @OptionalKey List<String> anaphors,
                          @OptionalKey List<String> statementSources,
                          @OptionalKey List<String> objects, @OptionalKey List<String> proclitics,
                          @OptionalKey List<String> bodyHeads, @OptionalKey List<String> relatives,
                          @OptionalKey List<String> notSources, @OptionalKey List<String> unnamedSpeakers,
                          @OptionalKey List<String> namedSources,
                          @OptionalKey List<String> bareClauseVerbs, @OptionalKey List<String> statementTimes,
                          @OptionalKey List<String> ambiguousVerbs, @OptionalKey List<String> addresseeVerbs,
                          @OptionalKey List<String> auxiliaries, @OptionalKey List<String> addressees,
                          @OptionalKey List<String> statementCircumstances,
                          @OptionalKey List<String> passiveAuxiliaries, @OptionalKey List<String> callVerbs,
                          @OptionalKey List<String> subjectPronouns, @OptionalKey List<String> subjectTitles,
                          @OptionalKey List<String> genericSpeakers, @OptionalKey List<String> genericStatementVerbs,
                          @OptionalKey List<String> opinionVerbs, @OptionalKey List<String> opinionGroups,
                          @OptionalKey List<String> perfectObjectVerbs,
                          @OptionalKey List<String> estimateNouns, @OptionalKey List<String> statementNouns,
                          @OptionalKey List<String> goOnVerbs, @OptionalKey List<String> predicateConjunctions,
                          @OptionalKey List<String> frontedParticipleEndings, @OptionalKey List<String> subjectArticles,
                          @OptionalKey List<String> speakerConjunctions,
                          @OptionalKey List<String> accusationPrepositions, @OptionalKey List<String> inChargeWords,
                          @OptionalKey List<String> titleComplements, @OptionalKey List<String> countEventPredicates, @OptionalKey List<String> countEventPersonPredicates, @OptionalKey List<String> countEventDeterminers,
                          @OptionalKey List<String> articlePrefixes, @OptionalKey List<String> nameInnerWords, @OptionalKey List<String> pastParticipleEndings,
                          @OptionalKey List<String> relayPrepositions, @OptionalKey List<String> sourceRelatives, @OptionalKey List<String> sourcePronouns, @OptionalKey List<String> plannedRelatives, @OptionalKey List<String> relativeSources, @OptionalKey List<String> sameWords, @OptionalKey List<String> indefiniteArticles, @OptionalKey List<String> nounClauseOpeners, @OptionalKey List<String> goOnParticles, @OptionalKey List<String> descriptionMarkers, @OptionalKey List<String> asClauseVerbs, @OptionalKey List<String> asClauseVerbFollowers, @OptionalKey List<String> orderMarkers, @OptionalKey List<String> clauseLinks, @OptionalKey List<String> sourceLinks, @OptionalKey List<String> mediumPrepositions,
                          @OptionalKey List<String> personPronouns, @OptionalKey List<String> bodyPronouns, @OptionalKey List<String> pluralPronouns, @OptionalKey List<String> personNouns, @OptionalKey List<String> bodyNouns, @OptionalKey List<String> pluralEndings, @OptionalKey List<String> headPrepositions, @OptionalKey List<String> feminineVerbSuffixes, @OptionalKey List<String> feminineVerbPrefixes, @OptionalKey List<String> masculineVerbPrefixes, @OptionalKey List<String> feminineEndings, @OptionalKey List<String> feminineNouns, @OptionalKey List<String> masculineNouns, @OptionalKey List<String> eitherGenderNouns,
                          @OptionalKey List<String> bodyClitics, @OptionalKey List<String> bodyCliticArticles,
                          @OptionalKey List<String> inChargeClitics, @OptionalKey List<String> descriptionClitics,
                          @OptionalKey List<String> secondClauseOpeners, @OptionalKey List<String> ownVerbAuxiliaries,
                          @OptionalKey List<String> countDetailVerbs, @OptionalKey List<String> countSubjectVerbs,
                          @OptionalKey List<String> linkStops, @OptionalKey List<String> countClauseSubordinators,
                          @OptionalKey List<String> countClauseTimeWords, @OptionalKey List<String> bodyNameCliticWords,
                          @OptionalKey List<String> generalBodyHeads, @OptionalKey List<String> addresseeEndings,
                          @OptionalKey List<String> resumptivePronouns, @OptionalKey List<String> nameIntroducers,
                          @OptionalKey List<String> countNouns, @OptionalKey List<String> prepositionalVerbs,
                          @OptionalKey List<String> callObjects,
                          @OptionalKey List<String> speakerParticiples, @OptionalKey List<String> contentVerbs,
                          @OptionalKey List<String> contentPrepositions, @OptionalKey List<String> factPredicates,
                          @OptionalKey List<String> addresseeClitics, @OptionalKey List<String> clauseOpeningPhrases,
                          @OptionalKey List<String> refusals,
                          @OptionalKey List<String> withheldVerbs, @OptionalKey List<String> objectShapes,
                          @OptionalKey List<String> standIns, @OptionalKey List<String> deathVerbs,
                          @OptionalKey List<String> announcementTimes, @OptionalKey List<String> confirmedCountVerbs,
                          @OptionalKey List<String> announcedClauseEnds, @OptionalKey List<String> nameHeads,
                          @OptionalKey List<String> openingNegations, @OptionalKey List<String> openingAuxiliaries,
                          @OptionalKey List<String> tagBreaks, @OptionalKey List<String> describedRelatives,
                          @OptionalKey List<String> objectPronounVerbs, @OptionalKey List<String> countNounParticiples,
                          @OptionalKey List<String> countNounPrepositions, @OptionalKey List<String> asDescribingVerbs,
                          @OptionalKey List<String> announcedNouns, @OptionalKey List<String> nounSuffixes,
                          @OptionalKey List<String> toldObjects,
                          @OptionalKey List<String> figureObjectVerbs, @OptionalKey List<String> figureUnits,
                          @OptionalKey List<String> figureObjectFollowers,
                          @OptionalKey List<String> warningVerbs, @OptionalKey List<String> warningPrepositions,
                          @OptionalKey List<String> forecasters,
                          @OptionalKey List<String> nounObjectParticiples, @OptionalKey List<String> verbalNounShapes,
                          @OptionalKey List<String> nameStops, @OptionalKey List<String> addresseeNouns,
                          @OptionalKey List<String> announcedPrepositions,
                          @OptionalKey List<String> announcementDays, @OptionalKey List<String> notAnnouncedObjects,
                          @OptionalKey List<String> necessityNouns,
                          @OptionalKey List<String> statementComplementizers, @OptionalKey List<String> adverbEndings,
                          @OptionalKey List<String> documentNouns,
                          @OptionalKey List<String> issueWords, @OptionalKey List<String> issuerPrepositions,
                          @OptionalKey List<String> anonymityWords, @OptionalKey List<String> varyingVerbs,
                          @OptionalKey List<String> bodyAnaphors, @OptionalKey List<String> commaCalls,
                          @OptionalKey List<String> namingParticiples,
                          List<String> negativeExamples) implements RuleFile {

    public SpeechRules {
        stopPrefixes = stopPrefixes == null ? List.of() : List.copyOf(stopPrefixes);
        speakerHeads = speakerHeads == null ? List.of() : List.copyOf(speakerHeads);
        nameLinks = nameLinks == null ? List.of() : List.copyOf(nameLinks);
        nounMarkers = nounMarkers == null ? List.of() : List.copyOf(nounMarkers);
        participles = participles == null ? List.of() : List.copyOf(participles);
        statementSources = statementSources == null ? List.of() : List.copyOf(statementSources);
        sources = sources == null ? List.of() : List.copyOf(sources);
        anaphors = anaphors == null ? List.of() : List.copyOf(anaphors);
        bodyAnaphors = bodyAnaphors == null ? List.of() : List.copyOf(bodyAnaphors);
        commaCalls = commaCalls == null ? List.of() : List.copyOf(commaCalls);
        objects = objects == null ? List.of() : List.copyOf(objects);
        proclitics = proclitics == null ? List.of() : List.copyOf(proclitics);
        bodyHeads = bodyHeads == null ? List.of() : List.copyOf(bodyHeads);
        relatives = relatives == null ? List.of() : List.copyOf(relatives);
        notSources = notSources == null ? List.of() : List.copyOf(notSources);
        unnamedSpeakers = unnamedSpeakers == null ? List.of() : List.copyOf(unnamedSpeakers);
        namedSources = namedSources == null ? List.of() : List.copyOf(namedSources);
        bareClauseVerbs = bareClauseVerbs == null ? List.of() : List.copyOf(bareClauseVerbs);
        statementTimes = statementTimes == null ? List.of() : List.copyOf(statementTimes);
        ambiguousVerbs = ambiguousVerbs == null ? List.of() : List.copyOf(ambiguousVerbs);
        addresseeVerbs = addresseeVerbs == null ? List.of() : List.copyOf(addresseeVerbs);
        auxiliaries = auxiliaries == null ? List.of() : List.copyOf(auxiliaries);
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        statementCircumstances = statementCircumstances == null ? List.of() : List.copyOf(statementCircumstances);
        passiveAuxiliaries = passiveAuxiliaries == null ? List.of() : List.copyOf(passiveAuxiliaries);
        callVerbs = callVerbs == null ? List.of() : List.copyOf(callVerbs);
        subjectPronouns = subjectPronouns == null ? List.of() : List.copyOf(subjectPronouns);
        subjectTitles = subjectTitles == null ? List.of() : List.copyOf(subjectTitles);
        genericSpeakers = genericSpeakers == null ? List.of() : List.copyOf(genericSpeakers);
        genericStatementVerbs = genericStatementVerbs == null ? List.of() : List.copyOf(genericStatementVerbs);
        opinionVerbs = opinionVerbs == null ? List.of() : List.copyOf(opinionVerbs);
        opinionGroups = opinionGroups == null ? List.of() : List.copyOf(opinionGroups);
        perfectObjectVerbs = perfectObjectVerbs == null ? List.of() : List.copyOf(perfectObjectVerbs);
        estimateNouns = estimateNouns == null ? List.of() : List.copyOf(estimateNouns);
        statementNouns = statementNouns == null ? List.of() : List.copyOf(statementNouns);
        goOnVerbs = goOnVerbs == null ? List.of() : List.copyOf(goOnVerbs);
        predicateConjunctions = predicateConjunctions == null ? List.of() : List.copyOf(predicateConjunctions);
        frontedParticipleEndings = frontedParticipleEndings == null ? List.of() : List.copyOf(frontedParticipleEndings);
        subjectArticles = subjectArticles == null ? List.of() : List.copyOf(subjectArticles);
        speakerConjunctions = speakerConjunctions == null ? List.of() : List.copyOf(speakerConjunctions);
        accusationPrepositions = accusationPrepositions == null ? List.of() : List.copyOf(accusationPrepositions);
        inChargeWords = inChargeWords == null ? List.of() : List.copyOf(inChargeWords);
        titleComplements = titleComplements == null ? List.of() : List.copyOf(titleComplements);
        countEventPredicates = countEventPredicates == null ? List.of() : List.copyOf(countEventPredicates);
        countEventPersonPredicates = countEventPersonPredicates == null ? List.of() : List.copyOf(countEventPersonPredicates);
        countEventDeterminers = countEventDeterminers == null ? List.of() : List.copyOf(countEventDeterminers);
        articlePrefixes = articlePrefixes == null ? List.of() : List.copyOf(articlePrefixes);
        nameInnerWords = nameInnerWords == null ? List.of() : List.copyOf(nameInnerWords);
        pastParticipleEndings = pastParticipleEndings == null ? List.of() : List.copyOf(pastParticipleEndings);
        relayPrepositions = relayPrepositions == null ? List.of() : List.copyOf(relayPrepositions);
        sourceRelatives = sourceRelatives == null ? List.of() : List.copyOf(sourceRelatives);
        relativeSources = relativeSources == null ? List.of() : List.copyOf(relativeSources);
        sameWords = sameWords == null ? List.of() : List.copyOf(sameWords);
        resumptivePronouns = resumptivePronouns == null ? List.of() : List.copyOf(resumptivePronouns);
        nameIntroducers = nameIntroducers == null ? List.of() : List.copyOf(nameIntroducers);
        countNouns = countNouns == null ? List.of() : List.copyOf(countNouns);
        prepositionalVerbs = prepositionalVerbs == null ? List.of() : List.copyOf(prepositionalVerbs);
        callObjects = callObjects == null ? List.of() : List.copyOf(callObjects);
        speakerParticiples = speakerParticiples == null ? List.of() : List.copyOf(speakerParticiples);
        contentVerbs = contentVerbs == null ? List.of() : List.copyOf(contentVerbs);
        contentPrepositions = contentPrepositions == null ? List.of() : List.copyOf(contentPrepositions);
        refusals = refusals == null ? List.of() : List.copyOf(refusals);
        withheldVerbs = withheldVerbs == null ? List.of() : List.copyOf(withheldVerbs);
        objectShapes = objectShapes == null ? List.of() : List.copyOf(objectShapes);
        standIns = standIns == null ? List.of() : List.copyOf(standIns);
        deathVerbs = deathVerbs == null ? List.of() : List.copyOf(deathVerbs);
        announcementTimes = announcementTimes == null ? List.of() : List.copyOf(announcementTimes);
        confirmedCountVerbs = confirmedCountVerbs == null ? List.of() : List.copyOf(confirmedCountVerbs);
        announcedClauseEnds = announcedClauseEnds == null ? List.of() : List.copyOf(announcedClauseEnds);
        nameHeads = nameHeads == null ? List.of() : List.copyOf(nameHeads);
        openingNegations = openingNegations == null ? List.of() : List.copyOf(openingNegations);
        openingAuxiliaries = openingAuxiliaries == null ? List.of() : List.copyOf(openingAuxiliaries);
        tagBreaks = tagBreaks == null ? List.of() : List.copyOf(tagBreaks);
        describedRelatives = describedRelatives == null ? List.of() : List.copyOf(describedRelatives);
        objectPronounVerbs = objectPronounVerbs == null ? List.of() : List.copyOf(objectPronounVerbs);
        countNounParticiples = countNounParticiples == null ? List.of() : List.copyOf(countNounParticiples);
        countNounPrepositions = countNounPrepositions == null ? List.of() : List.copyOf(countNounPrepositions);
        asDescribingVerbs = asDescribingVerbs == null ? List.of() : List.copyOf(asDescribingVerbs);
        announcedNouns = announcedNouns == null ? List.of() : List.copyOf(announcedNouns);
        nounSuffixes = nounSuffixes == null ? List.of() : List.copyOf(nounSuffixes);
        toldObjects = toldObjects == null ? List.of() : List.copyOf(toldObjects);
        figureObjectVerbs = figureObjectVerbs == null ? List.of() : List.copyOf(figureObjectVerbs);
        figureUnits = figureUnits == null ? List.of() : List.copyOf(figureUnits);
        figureObjectFollowers = figureObjectFollowers == null ? List.of() : List.copyOf(figureObjectFollowers);
        warningVerbs = warningVerbs == null ? List.of() : List.copyOf(warningVerbs);
        warningPrepositions = warningPrepositions == null ? List.of() : List.copyOf(warningPrepositions);
        forecasters = forecasters == null ? List.of() : List.copyOf(forecasters);
        nounObjectParticiples = nounObjectParticiples == null ? List.of() : List.copyOf(nounObjectParticiples);
        verbalNounShapes = verbalNounShapes == null ? List.of() : List.copyOf(verbalNounShapes);
        necessityNouns = necessityNouns == null ? List.of() : List.copyOf(necessityNouns);
        statementComplementizers = statementComplementizers == null ? List.of() : List.copyOf(statementComplementizers);
        adverbEndings = adverbEndings == null ? List.of() : List.copyOf(adverbEndings);
        nameStops = nameStops == null ? List.of() : List.copyOf(nameStops);
        addresseeNouns = addresseeNouns == null ? List.of() : List.copyOf(addresseeNouns);
        announcedPrepositions = announcedPrepositions == null ? List.of() : List.copyOf(announcedPrepositions);
        announcementDays = announcementDays == null ? List.of() : List.copyOf(announcementDays);
        notAnnouncedObjects = notAnnouncedObjects == null ? List.of() : List.copyOf(notAnnouncedObjects);
        sourcePronouns = sourcePronouns == null ? List.of() : List.copyOf(sourcePronouns);
        plannedRelatives = plannedRelatives == null ? List.of() : List.copyOf(plannedRelatives);
        indefiniteArticles = indefiniteArticles == null ? List.of() : List.copyOf(indefiniteArticles);
        nounClauseOpeners = nounClauseOpeners == null ? List.of() : List.copyOf(nounClauseOpeners);
        goOnParticles = goOnParticles == null ? List.of() : List.copyOf(goOnParticles);
        descriptionMarkers = descriptionMarkers == null ? List.of() : List.copyOf(descriptionMarkers);
        asClauseVerbs = asClauseVerbs == null ? List.of() : List.copyOf(asClauseVerbs);
        asClauseVerbFollowers = asClauseVerbFollowers == null ? List.of() : List.copyOf(asClauseVerbFollowers);
        orderMarkers = orderMarkers == null ? List.of() : List.copyOf(orderMarkers);
        clauseLinks = clauseLinks == null ? List.of() : List.copyOf(clauseLinks);
        sourceLinks = sourceLinks == null ? List.of() : List.copyOf(sourceLinks);
        mediumPrepositions = mediumPrepositions == null ? List.of() : List.copyOf(mediumPrepositions);
        personPronouns = personPronouns == null ? List.of() : List.copyOf(personPronouns);
        bodyPronouns = bodyPronouns == null ? List.of() : List.copyOf(bodyPronouns);
        pluralPronouns = pluralPronouns == null ? List.of() : List.copyOf(pluralPronouns);
        personNouns = personNouns == null ? List.of() : List.copyOf(personNouns);
        bodyNouns = bodyNouns == null ? List.of() : List.copyOf(bodyNouns);
        pluralEndings = pluralEndings == null ? List.of() : List.copyOf(pluralEndings);
        headPrepositions = headPrepositions == null ? List.of() : List.copyOf(headPrepositions);
        feminineVerbSuffixes = feminineVerbSuffixes == null ? List.of() : List.copyOf(feminineVerbSuffixes);
        feminineVerbPrefixes = feminineVerbPrefixes == null ? List.of() : List.copyOf(feminineVerbPrefixes);
        masculineVerbPrefixes = masculineVerbPrefixes == null ? List.of() : List.copyOf(masculineVerbPrefixes);
        feminineEndings = feminineEndings == null ? List.of() : List.copyOf(feminineEndings);
        feminineNouns = feminineNouns == null ? List.of() : List.copyOf(feminineNouns);
        masculineNouns = masculineNouns == null ? List.of() : List.copyOf(masculineNouns);
        eitherGenderNouns = eitherGenderNouns == null ? List.of() : List.copyOf(eitherGenderNouns);
        bodyClitics = bodyClitics == null ? List.of() : List.copyOf(bodyClitics);
        bodyCliticArticles = bodyCliticArticles == null ? List.of() : List.copyOf(bodyCliticArticles);
        inChargeClitics = inChargeClitics == null ? List.of() : List.copyOf(inChargeClitics);
        descriptionClitics = descriptionClitics == null ? List.of() : List.copyOf(descriptionClitics);
        secondClauseOpeners = secondClauseOpeners == null ? List.of() : List.copyOf(secondClauseOpeners);
        ownVerbAuxiliaries = ownVerbAuxiliaries == null ? List.of() : List.copyOf(ownVerbAuxiliaries);
        countDetailVerbs = countDetailVerbs == null ? List.of() : List.copyOf(countDetailVerbs);
        factPredicates = factPredicates == null ? List.of() : List.copyOf(factPredicates);
        addresseeClitics = addresseeClitics == null ? List.of() : List.copyOf(addresseeClitics);
        clauseOpeningPhrases = clauseOpeningPhrases == null ? List.of() : List.copyOf(clauseOpeningPhrases);
        countSubjectVerbs = countSubjectVerbs == null ? List.of() : List.copyOf(countSubjectVerbs);
        linkStops = linkStops == null ? List.of() : List.copyOf(linkStops);
        countClauseSubordinators = countClauseSubordinators == null ? List.of() : List.copyOf(countClauseSubordinators);
        countClauseTimeWords = countClauseTimeWords == null ? List.of() : List.copyOf(countClauseTimeWords);
        bodyNameCliticWords = bodyNameCliticWords == null ? List.of() : List.copyOf(bodyNameCliticWords);
        generalBodyHeads = generalBodyHeads == null ? List.of() : List.copyOf(generalBodyHeads);
        addresseeEndings = addresseeEndings == null ? List.of() : List.copyOf(addresseeEndings);
        documentNouns = documentNouns == null ? List.of() : List.copyOf(documentNouns);
        issueWords = issueWords == null ? List.of() : List.copyOf(issueWords);
        issuerPrepositions = issuerPrepositions == null ? List.of() : List.copyOf(issuerPrepositions);
        anonymityWords = anonymityWords == null ? List.of() : List.copyOf(anonymityWords);
        varyingVerbs = varyingVerbs == null ? List.of() : List.copyOf(varyingVerbs);
        namingParticiples = namingParticiples == null ? List.of() : List.copyOf(namingParticiples);
    }

    /** A group of words of one meaning, with examples of whole attributions. */
    public record Verbs(String id, String name, List<String> words, Examples examples) implements Rule {
        public Verbs {
            words = List.copyOf(words);
        }
    }

    @Override
    public void validate(Problems problems, RulePacks packs) {
        for (int i = 0; i < verbs.size(); i++) {
            if (verbs.get(i).words().isEmpty()) {
                problems.at("verbs/" + i + "/words", "a verb group needs at least one word");
            }
        }
        for (int i = 0; i < unnamedSpeakers.size(); i++) {
            String shape = unnamedSpeakers.get(i).strip();
            if (shape.isEmpty() || shape.chars().filter(c -> c == '*').count() > 1 || shape.contains("*") && !shape.matches(".*\\*(?:\\s.*)?")) {
                problems.at("unnamed_speakers/" + i, "a shape is words, one of which may end in * (the *, ال*): " + shape);
            }
        }
        for (int i = 0; i < ambiguousVerbs.size(); i++) {
            String word = ambiguousVerbs.get(i);
            if (verbs.stream().noneMatch(group -> group.words().contains(word))) {
                problems.at("ambiguous_verbs/" + i, "an ambiguous verb must also be listed in a verb group: " + word);
            }
        }
        problems.oneWordEach("subject_pronouns", subjectPronouns);
        problems.oneWordEach("subject_titles", subjectTitles);
        problems.oneWordEach("estimate_nouns", estimateNouns);
        problems.oneWordEach("document_nouns", documentNouns);
        problems.oneWordEach("issue_words", issueWords);
        problems.oneWordEach("issuer_prepositions", issuerPrepositions);
        problems.oneWordEach("statement_nouns", statementNouns);
        problems.oneWordEach("go_on_verbs", goOnVerbs);
        problems.oneWordEach("predicate_conjunctions", predicateConjunctions);
        problems.oneWordEach("fronted_participle_endings", frontedParticipleEndings);
        problems.oneWordEach("speaker_participles", speakerParticiples);
        problems.oneWordEach("content_verbs", contentVerbs);
        problems.oneWordEach("content_prepositions", contentPrepositions);
        problems.oneWordEach("subject_articles", subjectArticles);
        problems.oneWordEach("speaker_conjunctions", speakerConjunctions);
        problems.oneWordEach("accusation_prepositions", accusationPrepositions);
        problems.oneWordEach("in_charge_words", inChargeWords);
        problems.oneWordEach("title_complements", titleComplements);
        problems.oneWordEach("count_event_determiners", countEventDeterminers);
        problems.oneWordEach("own_verb_auxiliaries", ownVerbAuxiliaries);
        problems.oneWordEach("addressee_clitics", addresseeClitics);
        problems.oneWordEach("article_prefixes", articlePrefixes);
        problems.oneWordEach("name_inner_words", nameInnerWords);
        problems.oneWordEach("past_participle_endings", pastParticipleEndings);
        problems.oneWordEach("relay_prepositions", relayPrepositions);
        problems.oneWordEach("source_relatives", sourceRelatives);
        problems.oneWordEach("source_pronouns", sourcePronouns);
        problems.oneWordEach("planned_relatives", plannedRelatives);
        problems.oneWordEach("relative_sources", relativeSources);
        problems.oneWordEach("same_words", sameWords);
        problems.oneWordEach("resumptive_pronouns", resumptivePronouns);
        problems.oneWordEach("indefinite_articles", indefiniteArticles);
        problems.oneWordEach("noun_clause_openers", nounClauseOpeners);
        problems.oneWordEach("go_on_particles", goOnParticles);
        problems.oneWordEach("description_markers", descriptionMarkers);
        problems.oneWordEach("as_clause_verbs", asClauseVerbs);
        problems.oneWordEach("as_clause_verb_followers", asClauseVerbFollowers);
        problems.oneWordEach("order_markers", orderMarkers);
        problems.oneWordEach("clause_links", clauseLinks);
        problems.oneWordEach("source_links", sourceLinks);
        problems.oneWordEach("medium_prepositions", mediumPrepositions);
        problems.oneWordEach("person_pronouns", personPronouns);
        problems.oneWordEach("body_pronouns", bodyPronouns);
        problems.oneWordEach("plural_pronouns", pluralPronouns);
        problems.oneWordEach("person_nouns", personNouns);
        problems.oneWordEach("body_nouns", bodyNouns);
        problems.oneWordEach("plural_endings", pluralEndings);
        problems.oneWordEach("head_prepositions", headPrepositions);
        problems.oneWordEach("feminine_verb_suffixes", feminineVerbSuffixes);
        problems.oneWordEach("feminine_verb_prefixes", feminineVerbPrefixes);
        problems.oneWordEach("masculine_verb_prefixes", masculineVerbPrefixes);
        problems.oneWordEach("announcement_times", announcementTimes);
        problems.oneWordEach("confirmed_count_verbs", confirmedCountVerbs);
        problems.oneWordEach("announced_clause_ends", announcedClauseEnds);
        problems.oneWordEach("name_heads", nameHeads);
        problems.oneWordEach("generic_statement_verbs", genericStatementVerbs);
        problems.oneWordEach("opening_negations", openingNegations);
        problems.oneWordEach("opening_auxiliaries", openingAuxiliaries);
        problems.oneWordEach("tag_breaks", tagBreaks);
        problems.oneWordEach("described_relatives", describedRelatives);
        problems.oneWordEach("object_pronoun_verbs", objectPronounVerbs);
        problems.oneWordEach("count_noun_participles", countNounParticiples);
        problems.oneWordEach("count_noun_prepositions", countNounPrepositions);
        problems.oneWordEach("as_describing_verbs", asDescribingVerbs);
        problems.oneWordEach("announced_nouns", announcedNouns);
        problems.oneWordEach("noun_suffixes", nounSuffixes);
        problems.oneWordEach("told_objects", toldObjects);
        problems.oneWordEach("figure_object_verbs", figureObjectVerbs);
        problems.oneWordEach("figure_units", figureUnits);
        problems.oneWordEach("warning_verbs", warningVerbs);
        problems.oneWordEach("warning_prepositions", warningPrepositions);
        problems.oneWordEach("forecasters", forecasters);
        problems.oneWordEach("noun_object_participles", nounObjectParticiples);
        problems.oneWordEach("verbal_noun_shapes", verbalNounShapes);
        problems.oneWordEach("necessity_nouns", necessityNouns);
        problems.oneWordEach("statement_complementizers", statementComplementizers);
        problems.oneWordEach("adverb_endings", adverbEndings);
        problems.oneWordEach("name_stops", nameStops);
        problems.oneWordEach("anonymity_words", anonymityWords);
        problems.oneWordEach("naming_participles", namingParticiples);
        problems.oneWordEach("varying_verbs", varyingVerbs);
        problems.oneWordEach("body_anaphors", bodyAnaphors);
        problems.oneWordEach("comma_calls", commaCalls);
        problems.oneWordEach("addressee_nouns", addresseeNouns);
        problems.oneWordEach("addressee_endings", addresseeEndings);
        for (int i = 0; i < generalBodyHeads.size(); i++) {
            if (generalBodyHeads.get(i).strip().split("\\s+").length != 2) {
                problems.at("general_body_heads/" + i, "a general body's head is two words, the noun and its adjective: "
                        + generalBodyHeads.get(i));
            }
        }
        problems.oneWordEach("announced_prepositions", announcedPrepositions);
        problems.oneWordEach("announcement_days", announcementDays);
        problems.oneWordEach("not_announced_objects", notAnnouncedObjects);
        problems.oneWordEach("feminine_endings", feminineEndings);
        problems.oneWordEach("feminine_nouns", feminineNouns);
        problems.oneWordEach("masculine_nouns", masculineNouns);
        problems.oneWordEach("either_gender_nouns", eitherGenderNouns);
        if (feminineVerbPrefixes.size() != masculineVerbPrefixes.size()) {
            problems.at("feminine_verb_prefixes", "feminine_verb_prefixes and masculine_verb_prefixes are pairs: as many of each");
        }
        for (int i = 0; i < proclitics.size(); i++) {
            if (proclitics.get(i).codePointCount(0, proclitics.get(i).length()) != 1) {
                problems.at("proclitics/" + i, "a proclitic is one letter: " + proclitics.get(i));
            }
        }
        problems.oneWordEach("body_clitics", bodyClitics);
        problems.oneWordEach("body_clitic_articles", bodyCliticArticles);
        problems.oneWordEach("in_charge_clitics", inChargeClitics);
        problems.oneWordEach("description_clitics", descriptionClitics);
        for (int i = 0; i < bodyCliticArticles.size(); i++) {
            String written = bodyCliticArticles.get(i).strip();
            if (bodyClitics.stream().noneMatch(c -> written.startsWith(c.strip()) && written.length() > c.strip().length())) {
                problems.at("body_clitic_articles/" + i, "a body clitic with the article begins with one of the body_clitics: " + written);
            }
        }
    }
}
