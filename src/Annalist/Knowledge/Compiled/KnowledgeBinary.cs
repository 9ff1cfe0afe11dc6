using System.Security.Cryptography;
using Annalist.DataFiles;
using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Agents;
using Annalist.Knowledge.Countries;
using Annalist.Knowledge.Matching;
using Annalist.Knowledge.Ontology;
using Annalist.Knowledge.Petrarch;
using Annalist.Knowledge.Places;
using Annalist.Knowledge.Verbs;

namespace Annalist.Knowledge.Compiled;

/// <summary>
/// The compiled form of a <see cref="KnowledgeBase"/>: every entry with its source, the phrase tries ready to
/// use, and the load report, in one little-endian binary file that loads without parsing text. Writing is
/// deterministic (same knowledge, same bytes); reading checks the magic, the format version and, when given,
/// the SHA-256.
/// </summary>
public static class KnowledgeBinary
{
    private const string Magic = "ANNALIST-KNOWLEDGE";
    private const int FormatVersion = 1;

    public static void Write(KnowledgeBase knowledge, Stream stream)
    {
        using var w = new KnowledgeWriter(stream);
        w.String(Magic);
        w.Int(FormatVersion);
        WriteReport(w, knowledge.Report);
        WriteOntology(w, knowledge.Ontology);
        w.List(knowledge.Countries, c =>
        {
            w.String(c.Iso3); w.String(c.Iso2); w.String(c.Name); w.String(c.OfficialName); w.Strings(c.AlternateNames); w.Strings(c.Demonyms); w.Strings(c.Capitals);
            w.Double(c.Latitude); w.Double(c.Longitude); w.Bool(c.Independent); w.Source(c.Source);
        });
        var actors = knowledge.Actors.Index.Layers.Single();
        w.List(actors.Items, e =>
        {
            w.Int(e.Id); w.String(e.Entry); w.Int((int)e.Kind); w.Strings(e.Phrases);
            w.List(e.Codes, c => { w.String(c.Code.Value); w.Date(c.From); w.Date(c.To); });
            w.Source(e.Source); w.Int((int)e.Layer); w.NullableString(e.Note);
        });
        WriteTrie(w, actors.Trie);
        var agents = knowledge.Agents.Index.Layers.Single();
        w.List(agents.Items, a => { w.Int(a.Id); w.String(a.Entry); w.Strings(a.Phrases); w.String(a.Code); w.Bool(a.Prefix); w.Source(a.Source); w.Int((int)a.Layer); });
        WriteTrie(w, agents.Trie);
        var places = knowledge.Places.Index.Layers.Single();
        w.List(places.Items, p =>
        {
            w.String(p.Name); w.Long(p.GeonameId ?? -1); w.Double(p.Latitude); w.Double(p.Longitude); w.String(p.Country); w.String(p.Admin1);
            w.Long(p.Population); w.String(p.FeatureCode); w.Strings(p.AlternateNames); w.Source(p.Source);
        });
        WriteTrie(w, places.Trie);
        WriteVerbs(w, knowledge.Verbs);
        w.String(knowledge.Discards.File);
        w.List(knowledge.Discards.Index.Items, d => { w.String(d.Phrase); w.Bool(d.WholeStory); w.Bool(d.WordEnd); w.Int(d.Line); });
        WriteTrie(w, knowledge.Discards.Index.Trie);
        w.String(Magic);
    }

    public static KnowledgeBase Read(string path, string? expectedSha256 = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException(path, $"cannot read ({ex.Message})");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (expectedSha256 is not null && !string.Equals(hash, expectedSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new DataFileException(path, $"SHA-256 {hash} does not match manifest.json ({expectedSha256}); run `annalist knowledge build` or restore it from git");
        }

        try
        {
            return Read(new KnowledgeReader(bytes), hash[..12]);
        }
        catch (Exception ex) when (ex is EndOfStreamException or InvalidDataException or ArgumentException or IndexOutOfRangeException or FormatException)
        {
            throw new DataFileException(path, $"not a compiled knowledge file of this version ({ex.Message}); run `annalist knowledge build`");
        }
    }

    private static KnowledgeBase Read(KnowledgeReader r, string version)
    {
        if (r.String() != Magic || r.Int() != FormatVersion)
        {
            throw new InvalidDataException("wrong magic or format version");
        }

        var report = ReadReport(r);
        var ontology = ReadOntology(r);
        var countries = r.List(() => new Country(r.String(), r.String(), r.String(), r.String(), r.Strings(), r.Strings(), r.Strings(), r.Double(), r.Double(), r.Bool(), r.Source()));
        var codes = new ActorCodeParser(countries.Select(c => c.Iso3));
        var parsedCodes = new Dictionary<string, ActorCode>(StringComparer.Ordinal);
        var actors = r.List(() => new ActorEntry(
            r.Int(), r.String(), (ActorKind)r.Int(), r.Strings(),
            r.List(() =>
            {
                var value = r.String();
                if (!parsedCodes.TryGetValue(value, out var code))
                {
                    parsedCodes[value] = code = codes.Parse(value);
                }

                return new DatedActorCode(code, r.Date(), r.Date());
            }),
            r.Source(), (KnowledgeLayer)r.Int(), r.NullableString()));
        var actorTrie = ReadTrie(r);
        var agents = r.List(() => new AgentEntry(r.Int(), r.String(), r.Strings(), r.String(), r.Bool(), r.Source(), (KnowledgeLayer)r.Int()));
        var agentTrie = ReadTrie(r);
        var places = r.List(() =>
        {
            var name = r.String();
            var id = r.Long();
            return new Place(name, id < 0 ? null : id, r.Double(), r.Double(), r.String(), r.String(), r.Long(), r.String(), r.Strings(), r.Source());
        });
        var placeTrie = ReadTrie(r);
        var verbs = ReadVerbs(r);
        var discardFile = r.String();
        var discards = r.List(() => new PetrarchDiscardRecord(r.String(), r.Bool(), r.Bool(), r.Int()));
        var discardTrie = ReadTrie(r);
        if (r.String() != Magic)
        {
            throw new InvalidDataException("the file is truncated or has trailing data");
        }

        return new KnowledgeBase
        {
            Ontology = ontology,
            Actors = new ActorDictionary(
                new LayeredIndex<ActorEntry>(new PhraseIndex<ActorEntry>(actorTrie, actors)),
                new AgentDictionary(new LayeredIndex<AgentEntry>(new PhraseIndex<AgentEntry>(agentTrie, agents))),
                codes),
            Verbs = verbs,
            Places = new Gazetteer(new LayeredIndex<Place>(new PhraseIndex<Place>(placeTrie, places))),
            Discards = new DiscardList(new PhraseIndex<PetrarchDiscardRecord>(discardTrie, discards), discardFile),
            Countries = countries,
            Report = report,
            Version = version,
        };
    }

    private static void WriteReport(KnowledgeWriter w, KnowledgeLoadReport report) =>
        w.List(report.Files, f =>
        {
            w.String(f.File); w.String(f.Kind); w.Int(f.Loaded);
            w.List(f.Problems, p => { w.Int(p.Line); w.String(p.Message); w.String(p.Text); });
        });

    private static KnowledgeLoadReport ReadReport(KnowledgeReader r)
    {
        var report = new KnowledgeLoadReport();
        var count = r.Int();
        for (var i = 0; i < count; i++)
        {
            var file = report.Add(r.String(), r.String());
            file.Loaded = r.Int();
            var problems = r.Int();
            for (var j = 0; j < problems; j++)
            {
                var line = r.Int();
                var message = r.String();
                var text = r.String();
                if (message.StartsWith("warning: ", StringComparison.Ordinal))
                {
                    file.Warn(line, message["warning: ".Length..], text);
                }
                else
                {
                    file.Skip(line, message, text);
                }
            }
        }

        return report;
    }

    private static void WriteOntology(KnowledgeWriter w, EventOntology o)
    {
        w.List(o.CameoTypes, t => { w.String(t.Code.Value); w.String(t.Name); w.Bool(t.Goldstein is not null); w.Double(t.Goldstein ?? 0); w.Int((int)t.QuadClass); });
        w.List(o.PloverTypes, t =>
        {
            w.String(t.Name); w.String(t.Definition); w.Int((int)t.QuadClass); w.Bool(t.RequiresRecipient);
            w.List(t.Modes, m => { w.String(m.EventType); w.String(m.Name); w.String(m.Definition); });
        });
        w.List(o.PloverContexts, c => { w.String(c.Name); w.String(c.Definition); });
        w.List(o.Mappings, m => { w.String(m.Cameo.Value); w.String(m.EventType); w.String(m.Mode); w.Strings(m.Contexts); w.Source(m.Source); });
    }

    private static EventOntology ReadOntology(KnowledgeReader r)
    {
        var cameo = r.List(() =>
        {
            var code = CameoCode.Parse(r.String());
            var name = r.String();
            var has = r.Bool();
            var value = r.Double();
            return new CameoEventType(code, name, has ? value : null, (QuadClass)r.Int());
        });
        var plover = r.List(() => new PloverEventType(r.String(), r.String(), (QuadClass)r.Int(), r.Bool(), r.List(() => new PloverMode(r.String(), r.String(), r.String()))));
        var contexts = r.List(() => new PloverContext(r.String(), r.String()));
        var mappings = r.List(() => new PloverMapping(CameoCode.Parse(r.String()), r.String(), r.String(), r.Strings(), r.Source()));
        return new EventOntology(cameo, plover, contexts, mappings);
    }

    private static void WriteTrie(KnowledgeWriter w, PhraseTrie trie)
    {
        w.Strings(trie.Tokens);
        w.Ints(trie.EdgeParent);
        w.Ints(trie.EdgeToken);
        w.Ints(trie.EdgeChild);
        w.Ints(trie.ValueStarts);
        w.Ints(trie.AllValues);
    }

    private static PhraseTrie ReadTrie(KnowledgeReader r) => new([.. r.Strings()], r.Ints(), r.Ints(), r.Ints(), r.Ints(), r.Ints());

    private static void WriteVerbs(KnowledgeWriter w, VerbDictionary verbs)
    {
        w.String(verbs.Name);
        w.List(verbs.Synsets.Values.OrderBy(s => s.Name, StringComparer.Ordinal).ToList(), s =>
        {
            w.String(s.Name); w.Source(s.Source);
            w.List(s.Members, m => { w.Strings(m.Words); w.Bool(m.IsPrepositionalPhrase); });
        });
        w.List(verbs.Blocks, b =>
        {
            w.String(b.Name); WriteCode(w, b.Code); w.Source(b.Source);
            w.List(b.Verbs, v => { w.String(v.Lemma); w.Strings(v.Words); w.Int(v.VerbIndex); w.Strings(v.Forms); WriteCode(w, v.Code); w.String(v.Block); w.Source(v.Source); });
            w.List(b.Patterns, p =>
            {
                w.String(p.Id); w.String(p.Block); WriteCode(w, p.Code); WriteElements(w, p.Before); WriteElements(w, p.After);
                w.String(p.Text); w.Source(p.Source); w.NullableString(p.Comment);
            });
        });
        w.List(verbs.Transformations, t =>
        {
            w.String(t.OuterSource); w.String(t.InnerSource); w.String(t.InnerTarget); w.String(t.InnerBlock); w.String(t.OuterBlock);
            w.String(t.ResultSource); w.String(t.ResultTarget); w.String(t.ResultCode); w.String(t.Text); w.Source(t.Source);
        });
    }

    private static VerbDictionary ReadVerbs(KnowledgeReader r)
    {
        var name = r.String();
        var synsets = r.List(() =>
        {
            var synsetName = r.String();
            var source = r.Source();
            return new Synset(synsetName, r.List(() => new SynsetMember(r.Strings(), r.Bool())), source);
        });
        var blocks = r.List(() =>
        {
            var blockName = r.String();
            var code = ReadCode(r);
            var source = r.Source();
            var verbs = r.List(() => new VerbEntry(r.String(), r.Strings(), r.Int(), r.Strings(), ReadCode(r), r.String(), r.Source()));
            var patterns = r.List(() => new VerbPattern(r.String(), r.String(), ReadCode(r), ReadElements(r), ReadElements(r), r.String(), r.Source(), r.NullableString()));
            return new VerbBlock(blockName, code, source, verbs, patterns);
        });
        var transformations = r.List(() => new VerbTransformation(r.String(), r.String(), r.String(), r.String(), r.String(), r.String(), r.String(), r.String(), r.String(), r.Source()));
        return new VerbDictionary(name, blocks, synsets.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase), transformations);
    }

    private static void WriteCode(KnowledgeWriter w, VerbCode code)
    {
        w.String(code.Forward?.Value ?? string.Empty);
        w.String(code.Reverse?.Value ?? string.Empty);
    }

    private static VerbCode ReadCode(KnowledgeReader r)
    {
        var active = r.String();
        var passive = r.String();
        return new VerbCode(active.Length > 0 ? CameoCode.Parse(active) : null, passive.Length > 0 ? CameoCode.Parse(passive) : null);
    }

    private static void WriteElements(KnowledgeWriter w, IReadOnlyList<PatternElement> elements) => w.List(elements, e =>
    {
        switch (e)
        {
            case NounElement noun:
                w.Int(0); WriteTerm(w, noun.Head); w.List(noun.Modifiers, m => WriteTerm(w, m));
                break;
            case PrepositionElement prep:
                w.Int(1); WriteTerm(w, prep.Preposition); WriteElements(w, prep.Objects);
                break;
            case SlotElement slot:
                w.Int(2); w.Int((int)slot.Slot);
                break;
            case AdjacentElement adjacent:
                w.Int(3); w.List(adjacent.Words, m => WriteTerm(w, m));
                break;
            default:
                throw new InvalidOperationException($"unknown pattern element {e.GetType().Name}");
        }
    });

    private static List<PatternElement> ReadElements(KnowledgeReader r) => r.List<PatternElement>(() => r.Int() switch
    {
        0 => new NounElement(ReadTerm(r), r.List(() => ReadTerm(r))),
        1 => new PrepositionElement(ReadTerm(r), ReadElements(r)),
        2 => new SlotElement((PatternSlot)r.Int()),
        3 => new AdjacentElement(r.List(() => ReadTerm(r))),
        var k => throw new InvalidDataException($"unknown pattern element kind {k}"),
    });

    private static void WriteTerm(KnowledgeWriter w, PatternTerm term)
    {
        w.String(term.Word);
        w.Bool(term.IsSynset);
    }

    private static PatternTerm ReadTerm(KnowledgeReader r) => new(r.String(), r.Bool());
}
