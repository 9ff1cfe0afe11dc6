using System.Collections.Frozen;

namespace Annalist.Syntax;

/// <summary>
/// What a word's part of speech and spelling rule out as its relation, applied while decoding (UD's own
/// validation rules): <c>aux</c> and <c>aux:pass</c> only on auxiliaries, <c>cop</c> only on forms of
/// "be", <c>punct</c> only on punctuation, and punctuation only as <c>punct</c>, <c>fixed</c> on a noun, adjective or
/// verb only for the words of the treebanks' fixed expressions ("of course", "let alone"); and a day ("Thursday",
/// "today") is never an object. Two more for news attribution: a reporting verb attached across a comma
/// to a clause before it, with no conjunction, marker or wh-word of its own ("and said", "as he said",
/// "who said"), is a parenthetical (<c>parataxis</c>, as in the treebanks), never a conjunct, relative or
/// complement of that clause, so "..., Kim Jong-un said in a speech" is an aside or, as the parser then
/// prefers, the head of what it reports; and ", according to KCNA" qualifies a predicate, not the noun
/// before the comma (12 of 12 such phrases in training). Nor is a reporting verb in the past tense with no
/// subject, marker or wh-word of its own a relative of the name before it ("Kim Jong-un [who was] said").
/// A nominal with a preposition of its own (<c>case</c>) is no subject or object (16 of 41,203 subjects and
/// objects in training have one), and a day after its head is no subject: "The United Nations on Thursday said"
/// is said by the United Nations, "Bolivia's government said Wednesday that" not by Wednesday. After decoding,
/// <see cref="JoinSplitPhrases"/> mends a phrase the parse split into two subjects or two objects, and
/// <see cref="MendSmallClauses"/> a verb's object the parse made the subject of the verb's prepositional phrase, and
/// <see cref="MendReducedRelatives"/> a participle phrase the parse made a clause with a subject, and
/// <see cref="MendSubjectsBeforeMarkers"/> a verb's object the parse made the subject of a clause after it, and
/// <see cref="JoinHeadlineSubjects"/> the names a headline joins with a comma ("Kenya, Ethiopia sign security pact"), and
/// <see cref="MendPrepositionalSubjects"/> a subject's prepositional phrase the parse made a second subject, and
/// <see cref="MendGerundModifiers"/> a subject the parse made the object of the gerund before it ("Striking doctors refused"), and
/// <see cref="MendClausesReadAsPhrases"/> an adverbial clause the parse read as a prepositional phrase and a conjunct, or as a complement, and
/// <see cref="MendArgumentsOfPunctuation"/> a verb's argument the parse hung from a punctuation mark, and
/// <see cref="MendAttributiveParticiples"/> a participle that only modifies nouns read as a clause after a preposition
/// ("the invasion of neighbouring Ukraine").
/// A parenthesis that spells out or gives an acronym ("UN (United Nations)") hangs inside itself or from
/// the phrase it restates, as its apposition (every such parenthesis in the treebanks). An auxiliary the tagger called a verb ("has",
/// "will") still qualifies by its spelling; a verb the tagger got right ("The
/// Palestinians reject proposed changes") can no longer be made an auxiliary by a greedy parse.
/// </summary>
internal sealed class LabelConstraints
{
    private static readonly FrozenSet<ulong> BeForms = Hashes(
        "be", "is", "am", "are", "was", "were", "been", "being", "'s", "'re", "'m", "s", "re", "m", "ai", "art", "wast");

    /// <summary>Forms of the auxiliaries and modals (the tagger's repairs use them too).</summary>
    internal static readonly FrozenSet<ulong> AuxiliaryForms = Hashes(
        "be", "is", "am", "are", "was", "were", "been", "being", "'s", "'re", "'m", "s", "re", "m", "ai",
        "have", "has", "had", "having", "'ve", "'d", "ve", "d", "do", "does", "did", "will", "would", "'ll", "ll", "wo",
        "shall", "should", "can", "could", "ca", "may", "might", "must", "ought", "get", "gets", "got", "gotten", "getting",
        "need", "dare", "wil", "shal", "cud", "wud", "shud", "kin", "to");

    /// <summary>Days and deictic day words: when they follow a verb they say when, not what ("rejected Thursday a U.N. appeal").</summary>
    private static readonly FrozenSet<ulong> DayWords = Hashes(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "tomorrow");

    /// <summary>The relativizers of a sentential relative clause ("..., which ...", "..., where ...").</summary>
    private static readonly FrozenSet<ulong> WhWords = Hashes(
        "which", "who", "whom", "whose", "where", "when", "whereby", "wherein", "whereupon", "why");

    private static readonly FrozenSet<ulong> HaveForms = Hashes("have", "has", "had", "'ve", "'d");

    private static readonly ulong Comma = FeatureHash.Text(",");

    private static readonly ulong Of = FeatureHash.Text("of");

    private static readonly ulong To = FeatureHash.Text("to");

    /// <summary>The prepositions of an absolute small clause ("with the ARVN in hot pursuit"), whose nominal has a subject.</summary>
    private static readonly FrozenSet<ulong> AbsoluteWords = Hashes("with", "without");

    /// <summary>Words that open an adverbial clause as well as a prepositional phrase ("after protesters stormed", "after the vote").</summary>
    private static readonly FrozenSet<ulong> Subordinators = Hashes(
        "after", "before", "since", "until", "till", "as", "while", "when", "because", "once", "unless", "though", "although");

    private static readonly ulong According = FeatureHash.Text("according");

    /// <summary>
    /// Participles the treebanks use as modifiers of the noun after them, never as a verb taking it as its object
    /// ("neighbouring": 4 of its 5 uses in EWT and GUM are <c>amod</c>, the fifth an <c>acl</c> with no object).
    /// </summary>
    private static readonly FrozenSet<ulong> AttributiveParticiples = Hashes("neighbouring", "neighboring");

    /// <summary>
    /// The nouns, adjectives and verbs that are part of a fixed expression in the treebanks ("of course", "in order to",
    /// "each other", "in case", "as many", "not to mention", "let alone", "as opposed to"): every open-class word that
    /// is <c>fixed</c> in EWT and GUM (142 of the 1,023 fixed words; the rest are function words).
    /// </summary>
    private static readonly FrozenSet<ulong> FixedOpenWords = Hashes(
        "course", "order", "other", "case", "many", "mention", "alone", "opposed", "board", "such");

    private readonly int aux;
    private readonly int mark;
    private readonly int parataxis;
    private readonly int acl;
    private readonly int appos;
    private readonly int aclRelcl;
    private readonly int nsubj;
    private readonly int nsubjPass;
    private readonly int cc;
    private readonly int obj;
    private readonly int obl;
    private readonly int iobj;
    private readonly int auxPass;
    private readonly int cop;
    private readonly int punct;
    private readonly int root;
    private readonly int csubj;
    private readonly int csubjPass;
    private readonly int compound;
    private readonly int det;
    private readonly int caseLabel;
    private readonly int possessor;
    private readonly int fixedLabel;
    private readonly int advcl;
    private readonly int ccomp;
    private readonly int amod;
    private readonly int expl;
    private readonly bool[] finiteClass;
    private readonly bool[] properTagClass;
    private readonly ulong caseMark;
    private readonly bool[] auxClass;
    private readonly bool[] nameClass;
    private readonly bool[] nounClass;
    private readonly bool[] numberClass;
    private readonly bool[] possessiveMarkClass;
    private readonly bool[] punctClass;
    private readonly bool[] nominalClass;
    private readonly bool[] verbalClass;
    private readonly bool[] mainVerbClass;
    private readonly bool[] symbolClass;
    private readonly bool[] pastClass;
    private readonly bool[] participleClass;
    private readonly bool[] gerundClass;
    private readonly bool[] presentPluralClass;
    private readonly bool[] properNameClass;
    private readonly int conj;
    private readonly int nmod;
    private readonly bool[] adpositionClass;
    private readonly bool[] openClass;

    /// <param name="labels">The parser's relations.</param>
    /// <param name="classUpos">The UPOS of each tag class of the tagger.</param>
    /// <param name="classXpos">The Penn tag of each tag class of the tagger.</param>
    public LabelConstraints(SymbolTable labels, IReadOnlyList<string> classUpos, IReadOnlyList<string> classXpos)
    {
        aux = labels.IdOf("aux");
        auxPass = labels.IdOf("aux:pass");
        cop = labels.IdOf("cop");
        punct = labels.IdOf("punct");
        root = labels.IdOf("root");
        obj = labels.IdOf("obj");
        obl = labels.IdOf("obl");
        iobj = labels.IdOf("iobj");
        cc = labels.IdOf("cc");
        mark = labels.IdOf("mark");
        parataxis = labels.IdOf("parataxis");
        acl = labels.IdOf("acl");
        appos = labels.IdOf("appos");
        aclRelcl = labels.IdOf("acl:relcl");
        nsubj = labels.IdOf("nsubj");
        nsubjPass = labels.IdOf("nsubj:pass");
        csubj = labels.IdOf("csubj");
        csubjPass = labels.IdOf("csubj:pass");
        compound = labels.IdOf("compound");
        det = labels.IdOf("det");
        caseLabel = labels.IdOf("case");
        possessor = labels.IdOf("nmod:poss");
        fixedLabel = labels.IdOf("fixed");
        advcl = labels.IdOf("advcl");
        ccomp = labels.IdOf("ccomp");
        amod = labels.IdOf("amod");
        expl = labels.IdOf("expl");
        finiteClass = classXpos.Select(x => x is "VBD" or "VBZ" or "VBP").ToArray();
        openClass = classUpos.Select(u => u is "NOUN" or "PROPN" or "ADJ" or "VERB" or "NUM").ToArray();
        caseMark = Bits(caseLabel);
        pastClass = classXpos.Select(x => x == "VBD").ToArray();
        participleClass = classXpos.Select(x => x == "VBN").ToArray();
        gerundClass = classXpos.Select(x => x == "VBG").ToArray();
        presentPluralClass = classXpos.Select(x => x == "VBP").ToArray();
        properNameClass = classUpos.Select(u => u == "PROPN").ToArray();
        conj = labels.IdOf("conj");
        nmod = labels.IdOf("nmod");
        adpositionClass = classUpos.Select(u => u == "ADP").ToArray();
        auxClass = classUpos.Select(u => u == "AUX").ToArray();
        punctClass = classUpos.Select(u => u == "PUNCT").ToArray();
        nominalClass = classUpos.Select(u => u is "NOUN" or "PROPN" or "PRON" or "NUM").ToArray();
        verbalClass = classUpos.Select(u => u is "VERB" or "AUX").ToArray();
        mainVerbClass = classUpos.Select(u => u is "VERB").ToArray();
        symbolClass = classUpos.Select(u => u is "SYM").ToArray();
        nameClass = classUpos.Select(u => u is "NOUN" or "PROPN" or "ADJ" or "NUM" or "DET").ToArray();
        possessiveMarkClass = classXpos.Select(x => x == "POS").ToArray();
        numberClass = classUpos.Select(u => u == "NUM").ToArray();
        nounClass = classUpos.Select(u => u is "NOUN" or "PROPN").ToArray();
        properTagClass = classXpos.Select(x => x is "NNP" or "NNPS").ToArray();
    }

    /// <summary>
    /// The mends after decoding, in order, each for a tree the treebanks show is certainly wrong: phrases split into two
    /// subjects or objects, small clauses, reduced relatives turned inside out, subjects before their clause's marker,
    /// comma-joined headline subjects, prepositional phrases made a second subject, a subject's gerund modifier made a clause,
    /// an adverbial clause read as a prepositional phrase and a conjunct, a verb's argument hung from punctuation, the first
    /// object of two read as a name on the second, a perfect read as possession, a gerund clause read as an adjective, an
    /// opening participle clause read as the root, an attributive participle read as a clause.
    /// </summary>
    public void MendAfterDecoding(SentenceWords words, Span<int> heads, Span<int> labels)
    {
        JoinSplitPhrases(words, heads, labels);
        MendSmallClauses(words, heads, labels);
        MendReducedRelatives(words, heads, labels);
        MendSubjectsBeforeMarkers(words, heads, labels);
        JoinHeadlineSubjects(words, heads, labels);
        MendOpeningNameSubjects(words, heads, labels);
        MendPrepositionalSubjects(words, heads, labels);
        MendGerundModifiers(words, heads, labels);
        MendClausesReadAsPhrases(words, heads, labels);
        MendArgumentsOfPunctuation(words, heads, labels);
        MendDoubleObjects(words, heads, labels);
        MendPerfectsReadAsPossession(words, heads, labels);
        MendGerundClausesReadAsAdjectives(words, heads, labels);
        MendOpeningParticipleClauses(words, heads, labels);
        MendAttributiveParticiples(words, heads, labels);
    }

    /// <summary>
    /// After decoding: an attributive participle after a preposition ("invaded parts of neighbouring Georgia", "fled to
    /// neighbouring Chad") modifies the noun after it, which is the preposition's nominal. The parse had made the
    /// preposition the participle's marker and the participle a clause with the noun as its object, or as the subject of
    /// the next verb, so the place was lost as the phrase's nominal. Applied where the nouns after the participle form one
    /// phrase: the noun that heads them takes the participle's place (<c>nmod</c> of a noun, else <c>obl</c>), the
    /// preposition is its <c>case</c> and the participle its <c>amod</c>, as in the treebanks; a prepositional phrase the
    /// parse hung from the participle after the noun goes with the noun's new head.
    /// </summary>
    private void MendAttributiveParticiples(SentenceWords words, Span<int> heads, Span<int> labels)
    {
        if (amod < 0 || mark < 0 || caseLabel < 0 || nmod < 0 || obl < 0)
        {
            return;
        }

        for (var g = 1; g + 1 < words.Count; g++)
        {
            var marker = g - 1;
            var head = heads[g];
            if (!AttributiveParticiples.Contains(words.Lower[g]) || heads[marker] != g || labels[marker] != mark || head < 0 || head >= words.Count)
            {
                continue;
            }

            var end = g + 1;
            while (end < words.Count && IsOf(nounClass, words.Tags[end]))
            {
                end++;
            }

            var (noun, outside) = (-1, 0);
            for (var k = g + 1; k < end; k++)
            {
                if (heads[k] < g + 1 || heads[k] >= end)
                {
                    (noun, outside) = (k, outside + 1);
                }
            }

            if (outside != 1 || noun == head)
            {
                continue;
            }

            var modifier = IsOf(nominalClass, words.Tags[head]) ? nmod : obl;
            for (var k = end; k < words.Count; k++)
            {
                if (heads[k] == g && labels[k] == obl)
                {
                    heads[k] = head; // "the invasion of neighbouring Ukraine by Russia": the by-phrase is the invasion's
                    labels[k] = modifier;
                }
            }

            heads[noun] = head;
            labels[noun] = modifier;
            heads[marker] = noun;
            labels[marker] = caseLabel;
            heads[g] = noun;
            labels[g] = amod;
        }
    }

    /// <summary>
    /// After decoding: a sentence that opens with a participle clause and a comma ("Noting that the evidence was weak, a
    /// Nairobi judge last week jailed a smuggler") has the finite verb after the comma as its root, the participle as that
    /// verb's <c>advcl</c> and the one phrase between the comma and the verb as its subject. The parse had made the
    /// participle the root, the judge its parataxis and the jailing a relative clause of the judge, so the sentence lost
    /// its event. Applied only where exactly one phrase between the comma and the verb hangs outside that stretch, and
    /// the verb hangs inside the opening clause or from that phrase with no subject of its own: in EWT and GUM an opening
    /// participle clause with its comma is an <c>advcl</c> of the main verb.
    /// </summary>
    private void MendOpeningParticipleClauses(SentenceWords words, Span<int> heads, Span<int> labels)
    {
        if (advcl < 0 || nsubj < 0 || root < 0 || punct < 0 || words.Count < 6 || !IsOf(gerundClass, words.Tags[0]) || heads[0] >= 0)
        {
            return;
        }

        var comma = 2;
        while (comma < words.Count && words.Lower[comma] != Comma)
        {
            comma++;
        }

        var verb = comma + 2;
        while (verb < words.Count && !IsOf(finiteClass, words.Tags[verb]))
        {
            verb++;
        }

        if (verb >= words.Count || heads[verb] < 0)
        {
            return;
        }

        var subject = -1;
        for (var k = comma + 1; k < verb; k++)
        {
            if (heads[k] > comma && heads[k] <= verb)
            {
                continue;
            }

            if (subject >= 0 || !IsOf(nominalClass, words.Tags[k]))
            {
                return;
            }

            subject = k;
        }

        // The verb hangs inside the opening clause, or from the phrase as a relative clause with no subject of its own
        // ("a Nairobi judge [parataxis of Noting] last week jailed [its relative clause] a Somali smuggler").
        if (subject < 0 || heads[verb] >= comma && (heads[verb] != subject || HasSubject(heads, labels, verb, words.Count)))
        {
            return;
        }

        (heads[verb], labels[verb]) = (-1, root);
        (heads[0], labels[0]) = (verb, advcl);
        (heads[subject], labels[subject]) = (verb, nsubj);
        (heads[comma], labels[comma]) = (verb, punct);
        for (var t = comma + 1; t < words.Count; t++)
        {
            if (heads[t] == 0)
            {
                heads[t] = verb; // the full stop and anything else after the comma the participle held
            }
        }
    }

    /// <summary>
    /// After decoding: "of" right before a gerund the parse made an adjective of the noun after it, that noun heading a
    /// verb's of-phrase, is a clause: "accused North Korea of supplying [amod of weapons] weapons to Russia". The gerund
    /// takes the noun's place as an <c>advcl</c> of the verb, "of" is its marker and the noun its object. In EWT and GUM
    /// (training and dev) such a gerund after "of" heads a clause 121 times and is an adjective 16 times, all of them in
    /// a noun's of-phrase ("the effect of rising carbon dioxide concentration"), which is left alone.
    /// </summary>
    private void MendGerundClausesReadAsAdjectives(SentenceWords words, Span<int> heads, Span<int> labels)
    {
        if (amod < 0 || advcl < 0 || acl < 0 || mark < 0 || obj < 0 || caseLabel < 0)
        {
            return;
        }

        for (var of = 0; of + 2 < words.Count; of++)
        {
            var gerund = of + 1;
            var noun = heads[gerund];
            if (words.Lower[of] != Of || !IsOf(gerundClass, words.Tags[gerund]) || labels[gerund] != amod || noun <= gerund
                || heads[of] != noun || labels[of] != caseLabel || heads[noun] < 0)
            {
                continue;
            }

            var governor = heads[noun];
            if (!IsOf(mainVerbClass, words.Tags[governor]))
            {
                continue;
            }

            (heads[gerund], labels[gerund]) = (governor, advcl);
            (heads[of], labels[of]) = (gerund, mark);
            (heads[noun], labels[noun]) = (gerund, obj);
        }
    }

    /// <summary>
    /// After decoding: "have" right before a participle the parse made an adjective of have's object ("Ethiopia has
    /// broken [amod of relations] relations with Libya") is the participle's auxiliary: the participle takes have's place
    /// and dependents, and have hangs from it. In EWT and GUM (training and dev) "have" right before a participle is an
    /// auxiliary about 1,560 times and a verb with an adjectival participle 9 times ("They have crushed red pepper").
    /// </summary>
    private void MendPerfectsReadAsPossession(SentenceWords words, Span<int> heads, Span<int> labels)
    {
        if (aux < 0 || amod < 0)
        {
            return;
        }

        for (var have = 0; have + 2 < words.Count; have++)
        {
            var participle = have + 1;
            var noun = heads[participle];
            if (!HaveForms.Contains(words.Lower[have]) || !IsOf(participleClass, words.Tags[participle]) || labels[participle] != amod
                || noun <= participle || heads[noun] != have || labels[noun] != obj)
            {
                continue;
            }

            for (var k = 0; k < words.Count; k++)
            {
                if (heads[k] == have && k != participle)
                {
                    heads[k] = participle;
                }
            }

            (heads[participle], labels[participle]) = (heads[have], labels[have]);
            (heads[have], labels[have]) = (participle, aux);
        }
    }

    /// <summary>
    /// After decoding: a name the parse made a <c>compound</c> of a verb's object, before that object's determiner or on an
    /// amount ("gave Zorblat Quenx [compound of medal] a medal", "awarded the Warmbiers [compound of $] $500 million",
    /// "fined Apple [compound of billion] 1.8 billion euros"), is the verb's indirect object, when it has none. In EWT and
    /// GUM (training and dev) no name is a compound before its head's determiner, and none of a currency sign or of the
    /// number of an object (names on numbers are months: "August 2"); the one given to went missing.
    /// </summary>
    private void MendDoubleObjects(SentenceWords words, Span<int> heads, Span<int> labels)
    {
        if (compound < 0 || det < 0 || iobj < 0)
        {
            return;
        }

        for (var c = 0; c < words.Count; c++)
        {
            var head = heads[c];
            if (labels[c] != compound || !IsOf(properNameClass, words.Tags[c]) || head <= c)
            {
                continue;
            }

            // "fined Apple [compound of billion] 1.8 billion euros": a name on the amount of the object is on the object.
            var amount = IsOf(numberClass, words.Tags[head]) && heads[head] > head && labels[heads[head]] == obj;
            head = amount ? heads[head] : head;
            if (labels[head] != obj)
            {
                continue;
            }

            var verb = heads[head];
            if (verb < 0 || !IsOf(mainVerbClass, words.Tags[verb]) || HasDependent(heads, labels, verb, iobj, 0, words.Count))
            {
                continue;
            }

            var determinerAfter = false;
            for (var d = c + 1; d < head; d++)
            {
                determinerAfter |= heads[d] == head && labels[d] == det;
            }

            if (determinerAfter || amount || IsOf(symbolClass, words.Tags[head]))
            {
                (heads[c], labels[c]) = (verb, iobj);
            }
        }
    }

    /// <summary>
    /// After decoding: two subjects or two objects of one word that stand side by side, the first a phrase of nouns,
    /// names and their modifiers only, are one phrase the greedy parse split ("Crown [nsubj] Prince Mohammed [nsubj] bin
    /// Salman has met", "the Munich I [nsubj] Regional Court [nsubj] convicted"): the first becomes a <c>compound</c> of
    /// the second. Likewise a possessor hung from the verb right before its subject or object ("Saudi Arabia's [nmod:poss
    /// of met] Crown Prince ... has met") is that phrase's possessor. No word of the treebanks has two subjects or two
    /// objects, so only trees that are certainly wrong change.
    /// (As a constraint while decoding, one subject and one object per word cost EWT dev 0.17 UAS: the greedy parser
    /// attaches the nearer subject first, and when that one is wrong the right one is refused.)
    /// </summary>
    private void JoinSplitPhrases(SentenceWords words, Span<int> heads, Span<int> labels)
    {
        if (compound < 0)
        {
            return;
        }

        for (var b = 1; b < words.Count; b++)
        {
            var label = labels[b];
            if (label != nsubj && label != nsubjPass && label != obj && label != iobj || words.Tags[b] >= nounClass.Length || !nounClass[words.Tags[b]])
            {
                continue;
            }

            var start = SubtreeStart(heads, b);
            if (start == 0)
            {
                continue;
            }

            // The word whose phrase ends right before b's phrase, if it hangs from the same head with the same relation.
            var a = start - 1;
            while (a >= 0 && heads[a] != heads[b])
            {
                a = heads[a];
            }

            var possessive = a >= 0 && labels[a] == possessor;
            if (a < 0 || labels[a] != label && !possessive)
            {
                continue;
            }

            var aStart = SubtreeStart(heads, a);
            var nominal = true;
            for (var k = aStart; k < start && nominal; k++)
            {
                nominal = words.Tags[k] < nameClass.Length && (nameClass[words.Tags[k]] || possessiveMarkClass[words.Tags[k]]);
            }

            if (nominal)
            {
                heads[a] = b;
                labels[a] = possessive ? possessor : compound;
            }
        }
    }

    /// <summary>
    /// After decoding: a nominal hung from a verb (with a preposition of its own and no copula; an oblique, or a
    /// parataxis the parse made of one) that takes as its subject a word between the verb and itself is a small clause
    /// the greedy parse made of the verb's object and that phrase:
    /// "met Ghana's President Zorblat Quenx [nsubj of palace] at the palace", "received the minister [nsubj of house]
    /// at the state house". The subject becomes the verb's object, unless the verb has one or the phrase follows "with" or
    /// "without" (the absolute "with X in charge", where the treebanks give the nominal a subject: 34 of the 36 subjects
    /// of such nominals in EWT and GUM training; of the other two, one tree of 18,369 has this shape, "left him at
    /// wit's end").
    /// </summary>
    private void MendSmallClauses(SentenceWords words, Span<int> heads, Span<int> labels)
    {
        if (obj < 0 || obl < 0 || nsubj < 0)
        {
            return;
        }

        for (var b = 1; b < words.Count; b++)
        {
            var h = heads[b];
            if (labels[b] != nsubj || h <= b || h >= words.Count || !IsOf(nominalClass, words.Tags[h]) || labels[h] == root)
            {
                continue;
            }

            var verb = heads[h];
            if (verb < 0 || verb >= b || !IsOf(verbalClass, words.Tags[verb]) || !HasDependent(heads, labels, h, caseLabel, b, h)
                || HasDependent(heads, labels, h, cop, 0, words.Count) || HasDependent(heads, labels, verb, obj, 0, words.Count))
            {
                continue;
            }

            var start = SubtreeStart(heads, b);
            if (start > 0 && AbsoluteWords.Contains(words.Lower[start - 1]))
            {
                continue;
            }

            heads[b] = verb;
            labels[b] = obj;
        }
    }

    /// <summary>
    /// After decoding: a past participle with a subject of its own and no auxiliary, copula or marker, that is itself
    /// the subject or object of another word, is a noun modified by a reduced relative the parse turned inside out:
    /// "Six Americans [nsubj of held] held [nsubj:pass of freed] in Venezuelan prisons were freed". A verb is no
    /// nominal argument, and a bare participle takes no active subject, so the tree is certainly wrong; the noun takes
    /// the participle's place and the participle becomes its <c>acl</c> ("Americans held in prisons": they are held).
    /// </summary>
    private void MendReducedRelatives(SentenceWords words, Span<int> heads, Span<int> labels)
    {
        if (acl < 0 || nsubj < 0)
        {
            return;
        }

        for (var v = 1; v < words.Count; v++)
        {
            var label = labels[v];
            if (!IsOf(participleClass, words.Tags[v]) || heads[v] < 0 || label != nsubj && label != nsubjPass && label != obj && label != iobj
                || HasDependent(heads, labels, v, aux, 0, words.Count) || HasDependent(heads, labels, v, auxPass, 0, words.Count)
                || HasDependent(heads, labels, v, cop, 0, words.Count) || HasDependent(heads, labels, v, mark, 0, words.Count))
            {
                continue;
            }

            var subject = -1;
            for (var k = 0; k < v && subject < 0; k++)
            {
                if (heads[k] == v && labels[k] == nsubj && IsOf(nominalClass, words.Tags[k]))
                {
                    subject = k;
                }
            }

            if (subject < 0)
            {
                continue;
            }

            heads[subject] = heads[v];
            labels[subject] = label;
            heads[v] = subject;
            labels[v] = acl;
        }
    }

    /// <summary>
    /// After decoding: a gerund clause of a verb whose subject stands before the clause's own marker, between the verb
    /// and the marker, is the verb's object the parse gave to the clause: "warned the United States [nsubj of
    /// interfering] against interfering", "kept the rebels [nsubj of entering] from entering". A preposition opens its
    /// gerund clause (no subject of a gerund in EWT or GUM, training and dev, comes before a marker of its clause other
    /// than the "to" of an infinitive), so the tree is certainly wrong; the noun becomes the verb's object, unless the
    /// verb has one.
    /// </summary>
    private void MendSubjectsBeforeMarkers(SentenceWords words, Span<int> heads, Span<int> labels)
    {
        if (obj < 0 || nsubj < 0 || mark < 0)
        {
            return;
        }

        for (var n = 1; n < words.Count; n++)
        {
            var clause = heads[n];
            if (labels[n] != nsubj || clause <= n || clause >= words.Count || !IsOf(nominalClass, words.Tags[n]))
            {
                continue;
            }

            var verb = heads[clause];
            if (verb < 0 || verb >= n || !IsOf(verbalClass, words.Tags[verb]) || !IsOf(gerundClass, words.Tags[clause])
                || !HasMarkerOtherThanTo(words, heads, labels, clause, n + 1) || HasDependent(heads, labels, verb, obj, 0, words.Count))
            {
                continue;
            }

            heads[n] = verb;
            labels[n] = obj;
        }
    }

    /// <summary>
    /// After decoding: a sentence that opens with a noun phrase of names, nouns and adjectives and then its first finite
    /// verb, which has no subject, opens with that verb's subject: "Amnesty International accused Kenyan police of
    /// killings" was parsed with "Amnesty" and "International" as asides (<c>parataxis</c>) of a verb with no subject,
    /// so the accusation had no accuser. The phrase's last word becomes the verb's <c>nsubj</c>, and the words of the
    /// phrase the parse hung from the verb become its <c>compound</c>s. Only trees in which the phrase hangs wholly
    /// from the verb or from itself change.
    /// </summary>
    private void MendOpeningNameSubjects(SentenceWords words, Span<int> heads, Span<int> labels)
    {
        if (nsubj < 0 || compound < 0)
        {
            return;
        }

        var verb = 0;
        while (verb < words.Count && IsOf(nameClass, words.Tags[verb]))
        {
            verb++;
        }

        var last = verb - 1;
        if (last < 0 || verb >= words.Count || !IsOf(finiteClass, words.Tags[verb]) || HasSubject(heads, labels, verb, words.Count)
            || !(IsOf(nounClass, words.Tags[last]) || IsOf(properTagClass, words.Tags[last])) || labels[last] == nsubj)
        {
            return;
        }

        for (var k = 0; k < verb; k++)
        {
            if (heads[k] != verb && (heads[k] < 0 || heads[k] >= verb))
            {
                return;
            }
        }

        for (var k = 0; k < last; k++)
        {
            if (heads[k] == verb)
            {
                heads[k] = last;
                labels[k] = compound;
            }
        }

        heads[last] = verb;
        labels[last] = nsubj;
    }

    /// <summary>
    /// After decoding: headlines join their subjects with a comma ("Kenya, Ethiopia sign security pact", "Biden, Xi
    /// agree to resume talks"), and the parse hangs the first name from the verb as an aside (<c>parataxis</c>, an
    /// unmarked oblique) with the second as the only subject. When the sentence opens with names, a comma and the
    /// verb's subject (names too), and the verb is in the plural present, which a single name cannot take, the first
    /// name is the subject and the second its conjunct.
    /// </summary>
    private void JoinHeadlineSubjects(SentenceWords words, Span<int> heads, Span<int> labels)
    {
        if (conj < 0 || nsubj < 0 || punct < 0)
        {
            return;
        }

        var comma = 1;
        while (comma < words.Count && words.Lower[comma] != Comma)
        {
            if (!IsOf(nameClass, words.Tags[comma]))
            {
                return;
            }

            comma++;
        }

        // The first phrase: words [0, comma), all names, one of them hanging outside it from a present-plural verb.
        var first = -1;
        for (var k = 0; k < comma; k++)
        {
            if (!IsOf(nameClass, words.Tags[k]) || heads[k] < 0)
            {
                return;
            }

            if (heads[k] >= comma)
            {
                if (first >= 0)
                {
                    return;
                }

                first = k;
            }
        }

        if (first < 0 || comma + 1 >= words.Count)
        {
            return;
        }

        var verb = heads[first];
        if (verb <= comma || !IsOf(presentPluralClass, words.Tags[verb]) || labels[first] == nsubj || labels[first] == conj)
        {
            return;
        }

        // The second phrase: the verb's subject, every word between the comma and the verb a name inside it.
        var second = -1;
        for (var k = comma + 1; k < verb; k++)
        {
            if (!IsOf(nameClass, words.Tags[k]))
            {
                return;
            }

            if (heads[k] == verb && labels[k] == nsubj)
            {
                second = k;
            }
            else if (heads[k] < comma + 1 || heads[k] >= verb)
            {
                return;
            }
        }

        if (second < 0 || !IsOf(properNameClass, words.Tags[first]) || !IsOf(properNameClass, words.Tags[second]))
        {
            return; // "Today, the Tagbanuas remain": names only
        }

        labels[first] = nsubj;
        heads[second] = first;
        labels[second] = conj;
        heads[comma] = second;
        labels[comma] = punct;
    }

    /// <summary>
    /// After decoding: a verb with two nominal subjects, only a preposition between them, is a subject with a
    /// prepositional phrase the parse made a second subject, its preposition a marker of the verb: "Authorities [nsubj]
    /// in [mark] Hong Kong [nsubj] arrested six activists". No word of the treebanks has two subjects, so the tree is
    /// certainly wrong; the second becomes the first's <c>nmod</c> and the preposition its <c>case</c>.
    /// </summary>
    private void MendPrepositionalSubjects(SentenceWords words, Span<int> heads, Span<int> labels)
    {
        if (nmod < 0 || caseLabel < 0 || nsubj < 0)
        {
            return;
        }

        for (var p = 1; p + 1 < words.Count; p++)
        {
            if (!IsOf(adpositionClass, words.Tags[p]))
            {
                continue;
            }

            // The first subject's phrase ends right before the preposition, the second's starts right after it.
            var a = p - 1;
            while (a >= 0 && labels[a] != nsubj && heads[a] > a && heads[a] < p)
            {
                a = heads[a];
            }

            var b = -1;
            for (var k = p + 1; k < words.Count && k <= p + 6 && b < 0; k++)
            {
                if (labels[k] == nsubj && SubtreeStart(heads, k) == p + 1)
                {
                    b = k;
                }
            }

            var verb = b >= 0 ? heads[b] : -1;
            if (a < 0 || b < 0 || labels[a] != nsubj || heads[a] != verb || verb <= b || !IsOf(nominalClass, words.Tags[a])
                || !IsOf(nominalClass, words.Tags[b]) || (heads[p] != verb && heads[p] != b))
            {
                continue;
            }

            heads[b] = a;
            labels[b] = nmod;
            heads[p] = b;
            labels[p] = caseLabel;
        }
    }

    /// <summary>Whether the clause has a marker other than "to" among the words [from, clause).</summary>
    private bool HasMarkerOtherThanTo(SentenceWords words, Span<int> heads, Span<int> labels, int clause, int from)
    {
        for (var k = from; k < clause; k++)
        {
            if (heads[k] == clause && labels[k] == mark && words.Lower[k] != To)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// After decoding: a finite root verb with no subject, whose bare gerund clause before it (no marker, no subject of
    /// its own) has as its object the noun phrase right after the gerund, is a verb whose subject the parse read as the
    /// gerund's object: "Striking [advcl of refused] doctors [obj of Striking] in South Korea refused to return to work".
    /// No finite root of EWT or GUM (training and dev, 21,063 sentences) has such a clause and no subject, so the tree is
    /// certainly wrong; the noun becomes the verb's subject and the gerund its <c>amod</c> ("striking doctors": the
    /// doctors strike, nobody strikes them).
    /// </summary>
    private void MendGerundModifiers(SentenceWords words, Span<int> heads, Span<int> labels)
    {
        if (advcl < 0 || amod < 0 || nsubj < 0 || obj < 0)
        {
            return;
        }

        for (var g = 0; g < words.Count; g++)
        {
            var verb = heads[g];
            if (labels[g] != advcl || !IsOf(gerundClass, words.Tags[g]) || verb <= g || verb >= words.Count || labels[verb] != root
                || !IsOf(finiteClass, words.Tags[verb]) || HasDependent(heads, labels, g, mark, 0, words.Count)
                || HasDependent(heads, labels, g, nsubj, 0, words.Count) || HasSubject(heads, labels, verb, words.Count))
            {
                continue;
            }

            var noun = -1;
            for (var k = g + 1; k < verb && noun < 0; k++)
            {
                if (heads[k] == g && labels[k] == obj && IsOf(nounClass, words.Tags[k]) && SubtreeStart(heads, k) == g + 1)
                {
                    noun = k;
                }
            }

            if (noun < 0)
            {
                continue;
            }

            heads[noun] = verb;
            labels[noun] = nsubj;
            heads[g] = noun;
            labels[g] = amod;
        }
    }

    /// <summary>
    /// After decoding: a finite verb joined to its head as a conjunct with no conjunction and no subject, right after an
    /// oblique nominal (of the same head or of the verb) that opens with a word that may open a clause, is that clause:
    /// "fled the country after [case] protesters [obl of fled or of stormed] stormed [conj of fled] his residence". No
    /// such conjunct follows such a phrase in EWT or GUM (training and dev), where 421 clauses have the shape the mend
    /// gives: the nominal becomes the verb's subject, its opening word the verb's marker, and the verb an <c>advcl</c>
    /// of the head. And a clause marked by such a word is adverbial, not a complement: "Prices rose after [mark] Russia
    /// invaded [ccomp of rose] Ukraine" (1,672 such clauses are <c>advcl</c> in EWT and GUM, 2 <c>ccomp</c>).
    /// </summary>
    private void MendClausesReadAsPhrases(SentenceWords words, Span<int> heads, Span<int> labels)
    {
        if (advcl < 0 || nsubj < 0 || mark < 0 || conj < 0 || obl < 0 || caseLabel < 0 || cc < 0)
        {
            return;
        }

        for (var v = 2; v < words.Count; v++)
        {
            var head = heads[v];
            var noun = v - 1;
            if (labels[v] != conj || !IsOf(finiteClass, words.Tags[v]) || head < 0 || heads[noun] != head && heads[noun] != v || labels[noun] != obl
                || !IsOf(nominalClass, words.Tags[noun]) || HasDependent(heads, labels, v, cc, 0, words.Count) || HasSubject(heads, labels, v, words.Count))
            {
                continue;
            }

            var opener = SubtreeStart(heads, noun);
            if (heads[opener] != noun || labels[opener] != caseLabel || !Subordinators.Contains(words.Lower[opener]))
            {
                continue;
            }

            heads[noun] = v;
            labels[noun] = nsubj;
            heads[opener] = v;
            labels[opener] = mark;
            labels[v] = advcl;
        }

        for (var m = 0; ccomp >= 0 && m < words.Count; m++)
        {
            if (labels[m] == mark && heads[m] > m && labels[heads[m]] == ccomp && Subordinators.Contains(words.Lower[m]))
            {
                labels[heads[m]] = advcl;
            }
        }
    }

    /// <summary>
    /// After decoding: a nominal the parse made the subject or object of a punctuation mark ("Putin hosted Kim [nsubj of
    /// the full stop] Jong Un in Vladivostok .") is an argument of the verb the mark hangs from. In EWT and GUM (training
    /// and dev) punctuation takes no dependent but punctuation, so the tree is certainly wrong: after the verb the nominal
    /// becomes its object, before it its subject, when the verb has none. A name hung from the mark by any other
    /// relation ("would free Zorblat [amod of the full stop] Quenx, a retired judge") is the object of the nearest
    /// verb before it that has none.
    /// </summary>
    private void MendArgumentsOfPunctuation(SentenceWords words, Span<int> heads, Span<int> labels)
    {
        if (obj < 0 || nsubj < 0)
        {
            return;
        }

        for (var b = 0; b < words.Count; b++)
        {
            var punctuation = heads[b];
            var label = labels[b];
            if (punctuation < 0 || !IsOf(punctClass, words.Tags[punctuation]) || !IsOf(nominalClass, words.Tags[b]))
            {
                continue;
            }

            var verb = heads[punctuation];
            if (label != nsubj && label != obj)
            {
                verb = NearestVerbBefore(words, b);
                if (IsOf(properNameClass, words.Tags[b]) && verb >= 0 && !HasDependent(heads, labels, verb, obj, 0, words.Count))
                {
                    (heads[b], labels[b]) = (verb, obj);
                }

                continue;
            }

            if (verb < 0 || !IsOf(verbalClass, words.Tags[verb]))
            {
                continue;
            }

            if (b > verb && !HasDependent(heads, labels, verb, obj, 0, words.Count))
            {
                (heads[b], labels[b]) = (verb, obj);
            }
            else if (b < verb && !HasSubject(heads, labels, verb, words.Count))
            {
                (heads[b], labels[b]) = (verb, nsubj);
            }
        }
    }

    /// <summary>The nearest main verb before <paramref name="at"/> (not an auxiliary), or -1.</summary>
    private int NearestVerbBefore(SentenceWords words, int at)
    {
        for (var k = at - 1; k >= 0; k--)
        {
            if (IsOf(mainVerbClass, words.Tags[k]))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether a word has a subject (nominal or clausal, active or passive) or an expletive.</summary>
    private bool HasSubject(Span<int> heads, Span<int> labels, int word, int count)
    {
        foreach (var label in (ReadOnlySpan<int>)[nsubj, nsubjPass, csubj, csubjPass, expl])
        {
            if (label >= 0 && HasDependent(heads, labels, word, label, 0, count))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOf(bool[] wordClass, int tag) => tag < wordClass.Length && wordClass[tag];

    /// <summary>Whether <paramref name="head"/> has a dependent of relation <paramref name="label"/> among words [from, to).</summary>
    private static bool HasDependent(Span<int> heads, Span<int> labels, int head, int label, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (heads[k] == head && labels[k] == label)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first word of the subtree of <paramref name="word"/> (heads: -1 for the root).</summary>
    private static int SubtreeStart(Span<int> heads, int word)
    {
        var start = word;
        for (var k = 0; k < word; k++)
        {
            for (var h = heads[k]; h >= 0; h = heads[h])
            {
                if (h == word)
                {
                    start = Math.Min(start, k);
                    break;
                }
            }
        }

        return start;
    }

    /// <summary>
    /// Whether word <paramref name="word"/> of the loaded, tagged sentence may take relation
    /// <paramref name="label"/> under <paramref name="head"/>, given the dependents it has in
    /// <paramref name="state"/> (all its left ones, as a word leaves the buffer with them).
    /// </summary>
    public bool Allows(SentenceWords words, ArcEagerState state, int word, int head, int label)
    {
        var tag = words.Tags[word];
        var isPunct = tag < punctClass.Length && punctClass[tag];
        if (label == punct)
        {
            return isPunct;
        }

        if (isPunct)
        {
            return label == root;
        }

        if (words.HasRestatements && words.RestatedStart[word] >= 0 && !Restates(words, word, head, label))
        {
            return false;
        }

        if (label == amod && tag < pastClass.Length && pastClass[tag] && !words.AnyOtherTagged(finiteClass, word))
        {
            // "Amnesty International accused Kenyan police of killings": a simple past modifies no noun (never amod in
            // EWT or GUM training), least of all the sentence's only finite verb; where others stand, the tagger may
            // have taken a participle for the past ("stored in "approved security cabinets"") and amod mends that.
            return false;
        }

        if (label == fixedLabel && IsOf(openClass, tag) && !FixedOpenWords.Contains(words.Lower[word]))
        {
            return false; // "Ethiopia let free 74 leaders": "let alone" is fixed, "let free" is not
        }

        if (label == aux || label == auxPass)
        {
            return (tag < auxClass.Length && auxClass[tag]) || AuxiliaryForms.Contains(words.Lower[word]);
        }

        var subject = label == nsubj || label == nsubjPass || label == csubj || label == csubjPass;
        if (subject || label == obj || label == iobj)
        {
            if (label != csubj && label != csubjPass && (state.LeftLabels[word] & caseMark) != 0 && HasPreposition(words, state, word))
            {
                return false; // "on Thursday": a nominal with a preposition says when or where, not who
            }

            if ((label == obj || label == iobj || head < word) && DayWords.Contains(words.Lower[word]))
            {
                return false; // "rejected Thursday a U.N. appeal", "said Wednesday that"
            }

            if (!subject)
            {
                return true;
            }
        }

        if (head >= 0 && head < words.Count && nominalClass[words.Tags[head]] && IsAccordingAfterComma(words, state, word))
        {
            return false;
        }

        if (head >= 0 && head < words.Count && nominalClass[words.Tags[head]] && ReachesAcrossAccording(words, state, word, head))
        {
            return false;
        }

        if (label != parataxis && head < word && PosTagger.ReportingForms.Contains(words.Lower[word]) && HasCommaBetween(words, head, word)
            && !HasLeftDependent(state, word, cc, mark) && !HasWhDependent(words, state, word))
        {
            return false;
        }

        if ((label == acl || label == aclRelcl) && head < word && tag < pastClass.Length && pastClass[tag] && PosTagger.ReportingForms.Contains(words.Lower[word])
            && !HasLeftDependent(state, word, nsubj, nsubjPass) && !HasLeftDependent(state, word, mark, mark) && !HasWhDependent(words, state, word))
        {
            return false; // "..., Kim Jong-un said in a speech": a past tense with no subject of its own is no reduced relative of the name
        }

        return label != cop || BeForms.Contains(words.Lower[word]);
    }

    /// <summary>
    /// Whether attaching the word to the source of an "according to" phrase would cross the comma that sets
    /// the phrase off: "North Korea fired shells ..., according to reports" does not make the whole report a
    /// dependent of "reports", nor does "According to company statistics, customers have called ..." make the
    /// main clause one of "statistics". Punctuation and the source's own words are not affected.
    /// </summary>
    private bool ReachesAcrossAccording(SentenceWords words, ArcEagerState state, int word, int head)
    {
        var according = -1;
        for (var j = 0; j < head; j++)
        {
            if (state.Heads[j] == head && words.Lower[j] == According)
            {
                according = j;
                break;
            }
        }

        if (according < 0)
        {
            return false;
        }

        if (word < according)
        {
            return true; // "fired shells ..., according to | reports": nothing before the phrase hangs from its source
        }

        var tag = words.Tags[word];
        return word > head && tag < verbalClass.Length && verbalClass[tag] && HasCommaBetween(words, head, word);
    }

    /// <summary>
    /// A word between parentheses that restate an acronym ("UN (United Nations)") hangs inside them, or
    /// from the phrase restated as its apposition, as every such parenthesis in the treebanks does.
    /// </summary>
    private bool Restates(SentenceWords words, int word, int head, int label)
    {
        var start = words.RestatedStart[word];
        if (head >= 0 && head < words.Count && words.RestatedStart[head] == start && words.RestatedEnd[head] == words.RestatedEnd[word])
        {
            return true; // inside the same parentheses
        }

        return label == appos && head >= start && head <= words.RestatedEnd[word];
    }

    /// <summary>Whether the word has "according" as a left dependent, right after a comma.</summary>
    private static bool IsAccordingAfterComma(SentenceWords words, ArcEagerState state, int word)
    {
        for (var j = 1; j < word; j++)
        {
            if (state.Heads[j] == word && words.Lower[j] == According && words.Lower[j - 1] == Comma)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the word has a <c>case</c> dependent that is a preposition of its own, not a word before a number the
    /// tagger took for one ("Around 2,000 fighters surrendered": in the treebanks "around" there modifies the number).
    /// </summary>
    private bool HasPreposition(SentenceWords words, ArcEagerState state, int word)
    {
        for (var j = 0; j < word; j++)
        {
            if (state.Heads[j] == word && state.Labels[j] == caseLabel && !(j + 1 < words.Count && numberClass[words.Tags[j + 1]]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCommaBetween(SentenceWords words, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (words.Lower[k] == Comma)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLeftDependent(ArcEagerState state, int word, int label, int other)
    {
        for (var j = 0; j < word; j++)
        {
            if (state.Heads[j] == word && (state.Labels[j] == label || state.Labels[j] == other))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasWhDependent(SentenceWords words, ArcEagerState state, int word)
    {
        for (var j = 0; j < word; j++)
        {
            if (state.Heads[j] == word && WhWords.Contains(words.Lower[j]))
            {
                return true;
            }

            // "..., in which ...": the wh-word hangs from the dependent's dependent.
            var head = state.Heads[j];
            if (head >= 0 && head < word && state.Heads[head] == word && WhWords.Contains(words.Lower[j]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The bit set of relations, as <see cref="ArcEagerState.LeftLabels"/> holds a word's dependents' relations.</summary>
    private static ulong Bits(params int[] labels) => labels.Where(l => l is >= 0 and < 64).Aggregate(0UL, (bits, l) => bits | (1UL << l));

    private static FrozenSet<ulong> Hashes(params string[] forms) => forms.Select(f => FeatureHash.Text(f)).ToFrozenSet();
}
