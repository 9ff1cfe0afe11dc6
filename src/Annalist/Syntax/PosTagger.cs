using System.Collections.Frozen;

namespace Annalist.Syntax;

/// <summary>
/// Greedy left-to-right part-of-speech tagger: an averaged perceptron over hashed features
/// (<see cref="TaggerFeatures"/>) that predicts a UPOS and XPOS pair per word, in two passes: the
/// second pass sees the first pass's tags of the words to the right. Immutable and thread-safe;
/// per-call scratch lives on the stack or in [ThreadStatic] buffers.
/// </summary>
internal sealed class PosTagger
{
    private const uint Magic = 0x47544E41; // "ANTG"

    [ThreadStatic]
    private static ulong[]? ambiguityBuffer;

    [ThreadStatic]
    private static int[]? guessBuffer;

    [ThreadStatic]
    private static int[]? runnerUpBuffer;

    private readonly int pastClass;
    private readonly int participleClass;
    private readonly bool[] finiteClass;
    private readonly bool[] nominalClass;
    private readonly bool[] adjectiveClass;
    private readonly int plainAdjectiveClass;
    private readonly int baseClass;
    private readonly int presentClass;
    private readonly int presentPluralClass;
    private readonly int pluralNounClass;
    private readonly int properNounClass;

    private readonly int commonNounClass;

    private readonly int subordinatorClass;

    /// <summary>The ambiguity class of a word the training sentences tagged only as a singular proper noun.</summary>
    private readonly ulong onlyNameAmbiguity;

    private readonly bool[] verbOrAdjectiveClass;
    private readonly bool[] modalClass;
    private readonly bool[] singularNounClass;
    private readonly bool[] adverbOrQuoteClass;
    private readonly bool[] closedClass;

    private static readonly ulong Comma = FeatureHash.Text(",");

    private static readonly ulong And = FeatureHash.Text("and");

    private static readonly ulong Helped = FeatureHash.Text("helped");

    private static readonly ulong Least = FeatureHash.Text("least");

    private static readonly ulong Ed = FeatureHash.Text("ed");

    /// <summary>Reporting verbs that end a news sentence after a comma ("..., witnesses said."), as word hashes.</summary>
    internal static readonly FrozenSet<ulong> ReportingForms =
        new[] { "said", "says", "say", "reported", "reports", "told", "added", "adds", "stated", "announced" }
            .Select(f => FeatureHash.Text(f)).ToFrozenSet();

    private static readonly ulong On = FeatureHash.Text("on");

    private static readonly ulong Hyphen = FeatureHash.Text("-");

    /// <summary>Lower-case particles inside personal names (Arabic, Romance, Dutch and German names).</summary>
    private static readonly FrozenSet<ulong> NameParticles =
        new[] { "al", "el", "bin", "bint", "ibn", "abu", "abd", "ben", "de", "da", "di", "do", "dos", "das", "del", "della", "du", "van", "von", "der", "den", "la", "le" }
            .Select(f => FeatureHash.Text(f)).ToFrozenSet();

    private static readonly ulong That = FeatureHash.Text("that");

    /// <summary>
    /// Adjectives of a verdict, never nouns ("guilty": 5 of its 7 uses in EWT and GUM are adjectives, the other two an
    /// annotation's "guilty pleasure" and a fragment): after a name the tagger read "found Odinga guilty" as one noun phrase.
    /// </summary>
    private static readonly FrozenSet<ulong> VerdictAdjectives = new[] { "guilty", "innocent" }.Select(f => FeatureHash.Text(f)).ToFrozenSet();

    /// <summary>Words of demanding that take a subjunctive "that" clause.</summary>
    private static readonly FrozenSet<ulong> Demanding =
        new[]
        {
            "demand", "demands", "demanded", "demanding", "urge", "urges", "urged", "insist", "insists", "insisted", "insistence", "ask", "asks",
            "asked", "request", "requests", "requested", "propose", "proposes", "proposed", "proposal", "recommend", "recommended",
            "suggest", "suggested", "require", "requires", "required", "requirement", "call", "calls", "called",
        }.Select(f => FeatureHash.Text(f)).ToFrozenSet();

    private static readonly FrozenSet<ulong> Days =
        new[] { "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" }
            .Select(f => FeatureHash.Text(f)).ToFrozenSet();

    private static readonly FrozenSet<ulong> Periods =
        new[] { "week", "weekend", "month", "year", "night", "morning", "evening" }.Select(f => FeatureHash.Text(f)).ToFrozenSet();

    private static readonly FrozenSet<ulong> Deictic = new[] { "last", "this", "earlier", "later" }.Select(f => FeatureHash.Text(f)).ToFrozenSet();

    public PosTagger(SymbolTable classes, WeightTable weights, HashMap64 ambiguity, WeightTable? secondPass = null)
    {
        Classes = classes;
        Weights = weights;
        SecondPass = secondPass;
        Ambiguity = ambiguity;
        Upos = new string[classes.Count];
        Xpos = new string[classes.Count];
        for (var c = 0; c < classes.Count; c++)
        {
            (Upos[c], Xpos[c]) = TagClass.Split(classes[c]);
        }

        pastClass = classes.IdOf(TagClass.Of("VERB", "VBD"));
        participleClass = classes.IdOf(TagClass.Of("VERB", "VBN"));
        finiteClass = Xpos.Select(x => x is "VBD" or "VBZ" or "VBP" or "MD").ToArray();
        nominalClass = Upos.Select(u => u is "NOUN" or "PROPN" or "PRON").ToArray();
        adjectiveClass = Xpos.Select(x => x is "JJ").ToArray();
        baseClass = classes.IdOf(TagClass.Of("VERB", "VB"));
        presentClass = classes.IdOf(TagClass.Of("VERB", "VBZ"));
        presentPluralClass = classes.IdOf(TagClass.Of("VERB", "VBP"));
        pluralNounClass = classes.IdOf(TagClass.Of("NOUN", "NNS"));
        properNounClass = classes.IdOf(TagClass.Of("PROPN", "NNP"));
        commonNounClass = classes.IdOf(TagClass.Of("NOUN", "NN"));
        plainAdjectiveClass = classes.IdOf(TagClass.Of("ADJ", "JJ"));
        subordinatorClass = classes.IdOf(TagClass.Of("SCONJ", "IN"));
        onlyNameAmbiguity = FeatureHash.Combine(FeatureHash.Text("<class>"), FeatureHash.Value(properNounClass));
        verbOrAdjectiveClass = Xpos.Select(x => x is "VBG" or "VBD" or "VBN" or "VBZ" or "VBP" or "VB" or "JJ").ToArray();
        modalClass = Xpos.Select(x => x is "MD").ToArray();
        singularNounClass = Xpos.Select(x => x is "NN").ToArray();
        adverbOrQuoteClass = Xpos.Select(x => x is "RB" or "``" or "''").ToArray();
        closedClass = Upos.Select(ClosedClassLexicon.Closed.Contains).ToArray();
    }

    /// <summary>The closed-class words the tagger keeps to, or null to let it give any word any class.</summary>
    public ClosedClassLexicon? ClosedClasses { get; private set; }

    /// <summary>Keeps the tagger's closed classes to the words of <paramref name="lexicon"/> (set once, at load).</summary>
    internal void UseClosedClasses(ClosedClassLexicon lexicon) => ClosedClasses = lexicon;

    /// <summary>The word forms of the training treebanks with their tags (the lemmatizer's lexicon), or null.</summary>
    private Lemmatizer? wordForms;

    /// <summary>Lets the repairs ask which tags the training treebanks gave a word (set once, at load).</summary>
    internal void UseWordForms(Lemmatizer lemmatizer) => wordForms = lemmatizer;

    /// <summary>Whether the training treebanks saw the word as a past tense and never as a singular noun ("struck").</summary>
    private bool KnownPastNoNoun(ulong lower) =>
        wordForms is { } forms && pastClass >= 0 && commonNounClass >= 0 && forms.Knows(lower, pastClass) && !forms.Knows(lower, commonNounClass);

    /// <summary>Whether the training treebanks saw the word as a past tense and never as an adjective ("withdrew", "seized").</summary>
    private bool KnownPastNoAdjective(ulong lower) =>
        wordForms is { } forms && pastClass >= 0 && plainAdjectiveClass >= 0 && forms.Knows(lower, pastClass) && !forms.Knows(lower, plainAdjectiveClass);

    public SymbolTable Classes { get; }

    /// <summary>First-pass weights.</summary>
    public WeightTable Weights { get; }

    /// <summary>Second-pass weights (features include the first pass's tags), or null for one pass.</summary>
    public WeightTable? SecondPass { get; }

    /// <summary>Lower-cased word hash to the hash of the set of tag classes it had in training.</summary>
    public HashMap64 Ambiguity { get; }

    public string[] Upos { get; }

    public string[] Xpos { get; }

    /// <summary>Tags every word of the loaded sentence, writing class ids into <see cref="SentenceWords.Tags"/>.</summary>
    public void Tag(SentenceWords words)
    {
        var ambiguity = AmbiguityBuffer(words.Count);
        TaggerFeatures.AmbiguityClasses(words, Ambiguity, ambiguity);
        Pass(words, ambiguity, Weights, []);
        if (SecondPass is not null)
        {
            var guesses = GuessBuffer(words.Count);
            words.Tags.AsSpan(0, words.Count).CopyTo(guesses);
            Pass(words, ambiguity, SecondPass, guesses);
        }

        var runnerUp = RunnerUpBuffer(words.Count);
        RepairSubjunctive(words, runnerUp);
        RepairOpeningName(words);
        RepairKnownName(words, ambiguity);
        RepairNameBeforePast(words);
        RepairFiniteVerb(words, runnerUp);
        RepairVerbAfterModal(words, runnerUp);
        RepairNameParticles(words);
        RepairClauseOpener(words);
        RepairVerdictAdjectives(words);
        RepairNounAfterParticle(words, runnerUp);
        RepairNounBeforePast(words, runnerUp);
        RepairNounAfterPastOrAdjective(words, runnerUp);
    }

    /// <summary>
    /// "Nurses stopped work to protest", "the miners resumed work", "to demand higher pay": a word tagged a base-form verb
    /// right after a simple past or an adjective, whose runner-up is the singular noun, is that noun. In EWT and GUM
    /// training a lexical simple past is followed by a base form 8 times, 6 of them "helped" ("helped diffuse"), which
    /// keeps its verb, as does an auxiliary the tagger read as a lexical past ("He did comment on it"); an adjective is
    /// followed by one 17 times, 4 of them "at least". Read as a verb, "work" became the complement of "stopped", and the
    /// protest after it a negated purpose of working.
    /// </summary>
    private void RepairNounAfterPastOrAdjective(SentenceWords words, Span<int> runnerUp)
    {
        for (var i = 1; baseClass >= 0 && commonNounClass >= 0 && i < words.Count; i++)
        {
            var past = words.Tags[i - 1] == pastClass && words.Lower[i - 1] != Helped && !LabelConstraints.AuxiliaryForms.Contains(words.Lower[i - 1]);
            var adjective = Xpos[words.Tags[i - 1]] is "JJ" or "JJR" or "JJS" && words.Lower[i - 1] != Least;
            if (words.Tags[i] == baseClass && runnerUp[i] == commonNounClass && (past || adjective))
            {
                words.Tags[i] = commonNounClass;
            }
        }
    }

    /// <summary>
    /// "Somali pirates hijacked a cargo ship": a word tagged a present-tense verb right before a simple past, whose
    /// runner-up is the plural noun, is that noun, the past's subject; capitalised, it is the last word of a name ("Human
    /// Rights Watch accused ..."). In EWT and GUM training a simple past follows a plural noun 457 times and a
    /// present-tense verb twice (run-ons: "it 's did you watch"). Read as a verb, "pirates" coded an act of piracy of its
    /// own beside the hijacking, and "Watch" left the accusation without its accuser.
    /// </summary>
    private void RepairNounBeforePast(SentenceWords words, Span<int> runnerUp)
    {
        for (var i = 0; pluralNounClass >= 0 && i + 1 < words.Count; i++)
        {
            var tag = words.Tags[i];
            if (i > 0 && (tag == presentClass || tag == presentPluralClass) && words.Tags[i + 1] == participleClass && words.Form[i] != words.Lower[i]
                && properNounClass >= 0 && !LabelConstraints.AuxiliaryForms.Contains(words.Lower[i]) && !words.AnyOtherTagged(finiteClass, i, i + 1))
            {
                // "Human Rights Watch accused Kenyan police of torture": a capitalised present inside a name, before the
                // sentence's only verb, which the tagger then read as a participle.
                words.Tags[i] = properNounClass;
                words.Tags[i + 1] = pastClass;
                continue;
            }

            if ((tag == presentClass || tag == presentPluralClass) && words.Tags[i + 1] == pastClass)
            {
                if (words.Form[i] != words.Lower[i] && properNounClass >= 0)
                {
                    words.Tags[i] = properNounClass; // "Human Rights Watch accused": the last word of a name
                }
                else if (runnerUp[i] == pluralNounClass)
                {
                    words.Tags[i] = pluralNounClass;
                }
            }
        }
    }

    /// <summary>
    /// "The navy carried out strikes Thursday morning against rebel positions": right after a verb and its particle, a
    /// word tagged a present-tense verb whose runner-up is the plural noun is that noun. In EWT and GUM training a
    /// particle is followed by a plural noun 31 times and by a present-tense verb twice, both in run-on sentences ("he
    /// wakes up walks around"). Read as a verb, "strikes" opened a clause of its own with "morning" as its object, and
    /// the strikes had no target.
    /// </summary>
    private void RepairNounAfterParticle(SentenceWords words, Span<int> runnerUp)
    {
        for (var i = 2; pluralNounClass >= 0 && i < words.Count; i++)
        {
            var tag = words.Tags[i];
            if ((tag == presentClass || tag == presentPluralClass) && runnerUp[i] == pluralNounClass
                && Xpos[words.Tags[i - 1]] == "RP" && Upos[words.Tags[i - 2]] == "VERB")
            {
                words.Tags[i] = pluralNounClass;
            }
        }
    }

    /// <summary>"A Lyon court found Dupont guilty of fraud": a verdict adjective read as a noun is the adjective.</summary>
    private void RepairVerdictAdjectives(SentenceWords words)
    {
        for (var i = 1; plainAdjectiveClass >= 0 && i < words.Count; i++)
        {
            if (VerdictAdjectives.Contains(words.Lower[i]) && Upos[words.Tags[i]] == "NOUN")
            {
                words.Tags[i] = plainAdjectiveClass;
            }
        }
    }

    /// <summary>
    /// "Ten civilians were killed as Israeli forces shelled the town", "Prices rose after Russia invaded Ukraine": a word
    /// tagged a preposition that the treebanks make a subordinator before a noun phrase and a finite verb
    /// (<see cref="ClosedClassLexicon.OpensClause"/>) is one there. Read as a preposition it made the noun phrase an
    /// oblique of the verb, which then had no subject and took the main clause's, the victims as the attackers. A
    /// participle there with the start of an object after it is the past ("died after Turkish jets bombed Kurdish
    /// villages"): in EWT and GUM such a word after such an opener and noun phrase is the past 174 times, a participle twice.
    /// </summary>
    private void RepairClauseOpener(SentenceWords words)
    {
        if (subordinatorClass < 0 || ClosedClasses is not { } lexicon)
        {
            return;
        }

        var tags = words.Tags.AsSpan(0, words.Count);
        for (var i = 0; i + 2 < tags.Length; i++)
        {
            if (Upos[tags[i]] is not ("ADP" or "SCONJ") || !lexicon.OpensClause(words.Lower[i])
                || ClosedClassLexicon.NounPhraseEnd(tags, i, Xpos) is not (var end and >= 0) || end >= tags.Length)
            {
                continue;
            }

            if (Xpos[tags[end]] == "VBN" && end + 1 < tags.Length && ObjectStart(Xpos[tags[end + 1]]) && pastClass >= 0)
            {
                tags[end] = pastClass;
            }

            if (finiteClass[tags[end]])
            {
                tags[i] = subordinatorClass;
            }
        }
    }

    /// <summary>
    /// "Blinken travelled to Beijing": a capitalised word that opens the sentence right before a verb, never seen in
    /// training and tagged an adjective (by a suffix like that of "golden"), is a name. In EWT and GUM training no
    /// sentence opens with an adjective right before a verb (names do, 407 times); tagged an adjective it left the
    /// sentence without a subject and its verb a reduced relative. And a capitalised singular noun that opens the sentence
    /// right before "and" and a name is a name ("Chile and Peru conducted joint war games": "Chile" was the pepper, the
    /// sentence's root, and Peru alone its subject); in EWT and GUM (training and dev) such a word is a name 27 times, a
    /// common noun never.
    /// </summary>
    private void RepairOpeningName(SentenceWords words)
    {
        if (words.Count > 2 && properNounClass >= 0 && adjectiveClass[words.Tags[0]] && words.Form[0] != words.Lower[0]
            && !Ambiguity.TryGetValue(words.Lower[0], out _) && Xpos[words.Tags[1]] is "VBD" or "VBN" or "VBZ" or "VBP")
        {
            words.Tags[0] = properNounClass;
        }

        // "Beijing imposed sanctions", "Shelling killed five people": a capitalised "-ing" word the training sentences
        // do not know well, opening the sentence right before a past form, is its subject, not a gerund (in EWT and GUM
        // training such an opening word is a noun 16 times and a gerund only before a participle of its own, "Having
        // spoken"); read as a gerund it was the root and the past a reduced relative. A noun: "Shelling" is no name.
        if (words.Count > 2 && commonNounClass >= 0 && Xpos[words.Tags[0]] == "VBG" && words.Form[0] != words.Lower[0]
            && !Ambiguity.TryGetValue(words.Lower[0], out _) && Xpos[words.Tags[1]] is "VBD" or "VBN")
        {
            words.Tags[0] = commonNounClass;
        }

        if (words.Count > 3 && properNounClass >= 0 && Xpos[words.Tags[0]] == "NN" && words.Form[0] != words.Lower[0]
            && words.Lower[1] == And && words.Tags[2] == properNounClass)
        {
            words.Tags[0] = properNounClass;
        }
    }

    /// <summary>
    /// "Beijing imposed sanctions on US defence firms": a capitalised word the training sentences only ever tagged as a
    /// singular proper noun is a name, also where its suffix and place made the tagger read a verb or an adjective
    /// (opening a sentence, "Beijing" was a gerund, lemma "beij", and the sentence's root).
    /// </summary>
    private void RepairKnownName(SentenceWords words, ReadOnlySpan<ulong> ambiguity)
    {
        for (var i = 0; properNounClass >= 0 && i < words.Count; i++)
        {
            if (verbOrAdjectiveClass[words.Tags[i]] && ambiguity[i] == onlyNameAmbiguity && words.Form[i] != words.Lower[i])
            {
                words.Tags[i] = properNounClass;
            }
        }
    }

    /// <summary>
    /// "Human Rights Watch urged the authorities": a capitalised word inside the sentence tagged as a present-tense verb
    /// right before a past-tense one ends a name. In EWT and GUM training a capitalised word right before the past tense is
    /// a name or a pronoun (1,515 times), never a verb; as a verb it took the name's first words as its subject.
    /// </summary>
    private void RepairNameBeforePast(SentenceWords words)
    {
        for (var i = 1; properNounClass >= 0 && i < words.Count - 1; i++)
        {
            if (words.Form[i] != words.Lower[i] && Xpos[words.Tags[i]] is "VBP" or "VBZ" && words.Tags[i + 1] == pastClass)
            {
                words.Tags[i] = properNounClass;
            }
        }
    }

    /// <summary>
    /// The particles of personal names ("Mohammed bin Salman", "Abdel Fattah el-Sisi", "Lula da Silva", "Ursula von
    /// der Leyen") between two proper nouns, or before a hyphen and one, are part of the name: the treebanks tag
    /// every such particle as a proper noun, but a particle never seen in training ("el", "ibn") was tagged a noun,
    /// and the parser then split the name into two phrases.
    /// </summary>
    private void RepairNameParticles(SentenceWords words)
    {
        if (properNounClass < 0)
        {
            return;
        }

        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (words.Tags[i] == properNounClass || !NameParticles.Contains(words.Lower[i]) || words.Tags[i - 1] != properNounClass)
            {
                continue;
            }

            // The name goes on after the particle, after a second particle ("von der Leyen") or after a hyphen ("el-Sisi").
            var next = i + 1;
            while (next + 1 < words.Count && (NameParticles.Contains(words.Lower[next]) || words.Lower[next] == Hyphen))
            {
                next++;
            }

            if (words.Tags[next] == properNounClass)
            {
                for (var k = i; k < next; k++)
                {
                    if (words.Lower[k] != Hyphen)
                    {
                        words.Tags[k] = properNounClass;
                    }
                }
            }
        }
    }

    /// <summary>
    /// After a modal come a bare verb: a singular noun right after one (adverbs and quotation marks
    /// between) whose runner-up was the base verb is that verb ("her country will “firmly support”
    /// Russia"), or the parser hangs the object off a noun.
    /// </summary>
    private void RepairVerbAfterModal(SentenceWords words, Span<int> runnerUp)
    {
        if (baseClass < 0)
        {
            return;
        }

        for (var i = 0; i + 1 < words.Count; i++)
        {
            if (!modalClass[words.Tags[i]])
            {
                continue;
            }

            var j = i + 1;
            while (j < words.Count && adverbOrQuoteClass[words.Tags[j]])
            {
                j++;
            }

            if (j < words.Count && singularNounClass[words.Tags[j]] && runnerUp[j] == baseClass)
            {
                words.Tags[j] = baseClass;
            }
        }
    }

    /// <summary>
    /// A sentence needs a finite verb. When none was tagged but a past participle right after a nominal had
    /// the simple past as its runner-up ("Thousands of students protested in Belgrade", "Turkish warplanes
    /// bombed positions"), the first such participle is the past tense: a greedy tagger reading left to right
    /// takes it for a reduced relative ("students arrested in Belgrade") and the parser would follow it.
    /// A closing attribution after the last comma ("..., witnesses said") does not count as the finite
    /// verb: the clause it reports needs one of its own. An "-ed" word unseen in training, tagged as an
    /// adjective with a verb as its runner-up, counts as such a participle ("Palestinian police confiscated weapons"), and
    /// so does a singular noun right after a plural noun with a plural present, past or participle as its runner-up
    /// ("gunmen shot dead a journalist"). Right after a name, a participle is the past whatever its runner-up ("Amnesty
    /// International accused Saudi Arabia"): in EWT and GUM training, of sentences with no other finite verb, 338 have
    /// the past right after a name and 10 a participle there with no finite verb at all; and so is a participle between a
    /// plural noun and the start of an object ("Israeli jets struck targets near Damascus, according to state media"):
    /// 54 such pasts against one such participle.
    /// </summary>
    private void RepairFiniteVerb(SentenceWords words, Span<int> runnerUp)
    {
        if (pastClass < 0 || participleClass < 0 || words.Count < 4)
        {
            return;
        }

        if (PastAfterTime(words, runnerUp))
        {
            return;
        }

        var candidate = -1;
        var repaired = pastClass;
        var known = false;
        var end = ClauseEnd(words);
        for (var i = 0; i < end; i++)
        {
            var tag = words.Tags[i];
            if (finiteClass[tag])
            {
                if (known && OpensClauseBetween(words, candidate, i))
                {
                    break; // "The French military struck the rebels in what officials said was ...": the later verb is another clause's
                }

                return;
            }

            var previous = i > 0 ? Xpos[words.Tags[i - 1]] : string.Empty;
            var afterName = previous is "NNP" or "NNPS";
            var afterPluralNoun = previous is "NNS" or "NNPS";
            var objectAfterPlural = afterPluralNoun && i + 1 < words.Count && ObjectStart(Xpos[words.Tags[i + 1]]);
            // A participle after a name also when the tagger gave it the treebanks' rare "X" reading ("Chad cut diplomatic
            // relations": X/VBN, an amod of the noun after it).
            var participle = ((tag == participleClass || Xpos[tag] == "VBN" && afterName) && (runnerUp[i] == pastClass || afterName || objectAfterPlural))
                || (adjectiveClass[tag] && words.Suffix2[i] == Ed && (runnerUp[i] == pastClass || runnerUp[i] == participleClass)
                    && !Ambiguity.TryGetValue(words.Lower[i], out _))
                // "The United Nations withdrew troops": a past the treebanks never saw as an adjective, read as one.
                || (adjectiveClass[tag] && KnownPastNoAdjective(words.Lower[i]));
            // "Unidentified gunmen shot dead a journalist": a singular noun right after a plural one, with a verb that agrees
            // with a plural as its runner-up, is that verb as surely (the past tense for a participle runner-up).
            var afterPlural = candidate < 0 && Xpos[tag] == "NN" && afterPluralNoun;
            var pastRunnerUp = runnerUp[i] == pastClass || runnerUp[i] == participleClass;
            if (afterPlural && runnerUp[i] == presentPluralClass)
            {
                candidate = i;
                repaired = presentPluralClass;
            }
            else if (candidate < 0 && i > 0 && (participle && (nominalClass[words.Tags[i - 1]] || afterName) || afterPlural && pastRunnerUp))
            {
                candidate = i;
            }
            else if (candidate < 0 && i > 1 && Xpos[tag] == "NN" && (pastRunnerUp || KnownPastNoNoun(words.Lower[i]))
                && OpeningNounPhrase(words, i) && i + 1 < words.Count && ObjectStart(Xpos[words.Tags[i + 1]]))
            {
                // "The French military struck Islamist rebels", "Kenyan police shot dead three protesters": a singular noun
                // with the past or the participle as runner-up, right after a noun phrase that opens the sentence with a
                // determiner or an adjective (its last word read as an adjective, "military") and before the start of an
                // object, is that past.
                candidate = i;
                known = KnownPastNoNoun(words.Lower[i]);
            }
        }

        if (candidate >= 0)
        {
            words.Tags[candidate] = repaired;
            return;
        }

        // Headlines are in the present: "Turkey slams Sweden", "Russia expels 10 Polish diplomats", "Kenya, Ethiopia sign
        // security pact". With no finite verb, the first word after the names the sentence opens with (joined by commas
        // or "and"), a plural or singular noun whose runner-up is the present tense of a verb, is that verb; so is a
        // singular noun whose runner-up is the past tense, or that the treebanks saw as a past tense and never as a noun
        // ("Russia cut gas supplies to Poland"; "Israel struck Hezbollah targets", "struck" read by its ending as
        // "truck").
        if (properNounClass < 0 || words.Tags[0] != properNounClass)
        {
            return;
        }

        var after = 1;
        var joined = false;
        while (after < end && after < words.Count - 1
            && (words.Tags[after] == properNounClass || (words.Lower[after] == Comma || words.Lower[after] == And) && words.Tags[after + 1] == properNounClass))
        {
            joined |= words.Tags[after] != properNounClass;
            after++;
        }

        if (after < end && after < words.Count - 1)
        {
            // After names joined by commas or "and" the verb agrees with a plural, so a base form runner-up is the present too.
            var tag = words.Tags[after];
            var verb = runnerUp[after] == presentClass && Xpos[tag] == "NNS" ? presentClass
                : (runnerUp[after] == presentPluralClass || (joined && runnerUp[after] == baseClass)) && Xpos[tag] == "NN" ? presentPluralClass
                : (runnerUp[after] == pastClass || KnownPastNoNoun(words.Lower[after])) && Xpos[tag] == "NN" ? pastClass
                : -1;
            if (verb >= 0)
            {
                words.Tags[after] = verb;
            }
        }
    }

    /// <summary>
    /// Whether a word between two positions opens another clause: a wh-word, "that", or a subordinator the treebanks
    /// read as one (a finite verb after it is that clause's, not the sentence's).
    /// </summary>
    private bool OpensClauseBetween(SentenceWords words, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (Xpos[words.Tags[k]] is "WDT" or "WP" or "WRB" || words.Lower[k] == That || words.Tags[k] == subordinatorClass)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words before <paramref name="end"/> are one noun phrase that opens the sentence with a determiner or
    /// an adjective ("The US military", "The Kenyan government", "Kenyan police"): names, nouns and adjectives after it,
    /// nothing else.
    /// </summary>
    private bool OpeningNounPhrase(SentenceWords words, int end)
    {
        if (Xpos[words.Tags[0]] is not ("DT" or "JJ"))
        {
            return false;
        }

        for (var k = 1; k < end; k++)
        {
            if (Xpos[words.Tags[k]] is not ("NNP" or "NNPS" or "NN" or "JJ" or "HYPH"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a tag can open a noun phrase that is an object ("struck targets", "bombed the town").</summary>
    private static bool ObjectStart(string xpos) => xpos is "DT" or "NN" or "NNS" or "JJ" or "CD" or "NNP" or "NNPS" or "PRP$";

    /// <summary>
    /// "The United Nations on Tuesday reduced food supplies", "The German government today welcomed": a
    /// participle between a time phrase after a nominal and anything finite is the simple past, whatever
    /// follows later in the sentence ("because rice was being diverted"). A reduced relative never has a time
    /// phrase between its noun and its participle ("students arrested on Tuesday").
    /// </summary>
    private bool PastAfterTime(SentenceWords words, Span<int> runnerUp)
    {
        for (var i = 2; i < words.Count; i++)
        {
            if (finiteClass[words.Tags[i - 1]])
            {
                return false;
            }

            if (words.Tags[i] != participleClass || runnerUp[i] != pastClass || TimePhraseStart(words, i) is not (var start and > 0)
                || !nominalClass[words.Tags[start - 1]])
            {
                continue;
            }

            words.Tags[i] = pastClass;
            return true;
        }

        return false;
    }

    /// <summary>
    /// "demanded that the Sudanese government end curbs", "its demand today that Israel ease restrictions": after a
    /// word of demanding and "that", the subjunctive verb is a bare form the tagger reads as a singular noun (or, with
    /// clusters, even a preposition or a wh-word); the first word after the clause's subject that is no verb, with a
    /// verb as runner-up and an object, a preposition, a particle or the sentence's end after it, is the verb ("demanded that
    /// President Ruto appear before the committee", "insisted that the minister resign.").
    /// </summary>
    private void RepairSubjunctive(SentenceWords words, Span<int> runnerUp)
    {
        if (baseClass < 0)
        {
            return;
        }

        for (var i = 1; i < words.Count - 3; i++)
        {
            if (words.Lower[i] != That || !DemandBefore(words, i))
            {
                continue;
            }

            for (var j = i + 2; j < words.Count - 1 && j <= i + 7; j++)
            {
                var tag = words.Tags[j];
                if (finiteClass[tag] || tag == baseClass)
                {
                    break; // the clause has its verb
                }

                if (Upos[tag] is not ("VERB" or "AUX" or "PUNCT" or "CCONJ") && Xpos[tag] is not ("NNS" or "NNPS" or "POS") && Upos[runnerUp[j]] == "VERB"
                    && nominalClass[words.Tags[j - 1]]
                    && (nominalClass[words.Tags[j + 1]] || Xpos[words.Tags[j + 1]] is "DT" or "JJ" or "PRP$" or "JJR" or "CD" or "IN" or "RP" or "TO" || j + 1 == words.Count - 1 && Upos[words.Tags[j + 1]] == "PUNCT"))
                {
                    words.Tags[j] = baseClass;
                    break;
                }
            }
        }
    }

    private static bool DemandBefore(SentenceWords words, int that)
    {
        for (var k = that - 1; k >= 0 && k >= that - 3; k--)
        {
            if (Demanding.Contains(words.Lower[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a time phrase ending right before a word starts ("today", "on Tuesday", "last week"), or -1.</summary>
    private static int TimePhraseStart(SentenceWords words, int i)
    {
        var last = words.Lower[i - 1];
        if (Days.Contains(last))
        {
            return i >= 2 && words.Lower[i - 2] == On ? i - 2 : i - 1;
        }

        return Periods.Contains(last) && i >= 2 && Deictic.Contains(words.Lower[i - 2]) ? i - 2 : -1;
    }

    /// <summary>The last comma when a reporting verb follows it within a few words, else the sentence's length.</summary>
    private static int ClauseEnd(SentenceWords words)
    {
        for (var i = words.Count - 1; i > 0 && i >= words.Count - 8; i--)
        {
            if (words.Lower[i] != Comma)
            {
                continue;
            }

            for (var j = i + 1; j < words.Count; j++)
            {
                if (ReportingForms.Contains(words.Lower[j]))
                {
                    return i;
                }
            }

            return words.Count;
        }

        return words.Count;
    }

    /// <summary>Tags with the first pass only (used to train the second).</summary>
    public void TagFirstPass(SentenceWords words)
    {
        var ambiguity = AmbiguityBuffer(words.Count);
        TaggerFeatures.AmbiguityClasses(words, Ambiguity, ambiguity);
        Pass(words, ambiguity, Weights, []);
    }

    private void Pass(SentenceWords words, ReadOnlySpan<ulong> ambiguity, WeightTable weights, ReadOnlySpan<int> guesses)
    {
        Span<ulong> features = stackalloc ulong[TaggerFeatures.MaxFeatures];
        Span<int> scores = stackalloc int[Classes.Count];
        var runnerUp = RunnerUpBuffer(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var count = TaggerFeatures.Extract(words, ambiguity, guesses, i, features);
            scores.Clear();
            weights.AddScores(features[..count], scores);
            (words.Tags[i], runnerUp[i]) = BestTwo(scores);
            while (ClosedClasses is { } lexicon && closedClass[words.Tags[i]] && !lexicon.Allows(words.Lower[i], Upos[words.Tags[i]]))
            {
                scores[words.Tags[i]] = int.MinValue;
                (words.Tags[i], runnerUp[i]) = BestTwo(scores);
            }
        }
    }

    private static Span<int> GuessBuffer(int count)
    {
        var buffer = guessBuffer;
        if (buffer is null || buffer.Length < count)
        {
            buffer = guessBuffer = new int[Math.Max(count, 256)];
        }

        return buffer.AsSpan(0, count);
    }

    internal static ulong[] AmbiguityBuffer(int count)
    {
        var buffer = ambiguityBuffer;
        if (buffer is null || buffer.Length < count)
        {
            buffer = ambiguityBuffer = new ulong[Math.Max(count, 256)];
        }

        return buffer;
    }

    private static (int Best, int RunnerUp) BestTwo(ReadOnlySpan<int> scores)
    {
        var best = 0;
        var second = -1;
        for (var c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                second = best;
                best = c;
            }
            else if (second < 0 || scores[c] > scores[second])
            {
                second = c;
            }
        }

        return (best, second);
    }

    private static Span<int> RunnerUpBuffer(int count)
    {
        var buffer = runnerUpBuffer;
        if (buffer is null || buffer.Length < count)
        {
            buffer = runnerUpBuffer = new int[Math.Max(count, 256)];
        }

        return buffer.AsSpan(0, count);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Magic);
        Classes.Write(writer);
        Ambiguity.Write(writer);
        Weights.Write(writer);
        writer.Write(SecondPass is not null);
        SecondPass?.Write(writer);
    }

    public static PosTagger Read(BinaryReader reader)
    {
        if (reader.ReadUInt32() != Magic)
        {
            throw new InvalidDataException("not a tagger model");
        }

        var classes = SymbolTable.Read(reader);
        var ambiguity = HashMap64.Read(reader);
        var weights = WeightTable.Read(reader);
        var second = reader.ReadBoolean() ? WeightTable.Read(reader) : null;
        return new PosTagger(classes, weights, ambiguity, second);
    }
}
