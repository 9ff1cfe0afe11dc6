using Annalist.Knowledge.Actors;
using Annalist.Knowledge.Agents;
using Annalist.Knowledge.Countries;
using Annalist.Knowledge.Matching;
using Annalist.Knowledge.Ontology;
using Annalist.Knowledge.Petrarch;
using Annalist.Knowledge.Places;
using Annalist.Knowledge.Verbs;

namespace Annalist.Knowledge;

/// <summary>
/// Builds a <see cref="KnowledgeBase"/> from the text sources under <c>data/knowledge</c> (see
/// <see cref="KnowledgeSourceFiles"/>), or from PETRARCH dictionaries alone. Deterministic: the same sources
/// give the same entries in the same order, so the compiled form has a stable hash.
/// </summary>
public static class KnowledgeBuilder
{
    public static KnowledgeBase Build(string knowledgeDirectory)
    {
        string P(string relative) => Path.Combine(knowledgeDirectory, relative);
        var report = new KnowledgeLoadReport();

        var cameo = OntologyReaders.ReadCameoCodes(P(KnowledgeSourceFiles.CameoCodes), report.Add(KnowledgeSourceFiles.CameoCodes, "ontology"));
        var mappings = OntologyReaders.ReadCameoToPlover(P(KnowledgeSourceFiles.CameoToPlover), KnowledgeSourceFiles.CameoToPlover, report.Add(KnowledgeSourceFiles.CameoToPlover, "ontology"));

        // The project's reviewed rows replace the 2021 table's rows for the same codes (the manual over the table).
        var corrections = OntologyReaders.ReadCameoToPlover(P(KnowledgeSourceFiles.ProjectCameoToPlover), KnowledgeSourceFiles.ProjectCameoToPlover, report.Add(KnowledgeSourceFiles.ProjectCameoToPlover, "ontology"));
        var corrected = corrections.Select(c => c.Cameo).ToHashSet();
        mappings = [.. mappings.Where(m => !corrected.Contains(m.Cameo)), .. corrections];
        var plover = OntologyReaders.ReadPloverEvents(P(KnowledgeSourceFiles.PloverEvents), P(KnowledgeSourceFiles.PloverModes), report.Add(KnowledgeSourceFiles.PloverEvents, "ontology"), report.Add(KnowledgeSourceFiles.PloverModes, "ontology"));
        var contexts = OntologyReaders.ReadPloverContexts(P(KnowledgeSourceFiles.PloverContexts), report.Add(KnowledgeSourceFiles.PloverContexts, "ontology"));
        var ontology = new EventOntology(cameo, plover, contexts, mappings);

        var countries = CountryReader.Read(P(KnowledgeSourceFiles.Countries), KnowledgeSourceFiles.Countries, report.Add(KnowledgeSourceFiles.Countries, "countries"));
        var codes = new ActorCodeParser(countries.Select(c => c.Iso3));
        var independent = countries.Where(c => c.Independent).Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);
        var leaders = FactbookLeaderReader.Read(P(KnowledgeSourceFiles.Leaders), KnowledgeSourceFiles.Leaders, independent, report.Add(KnowledgeSourceFiles.Leaders, "leaders"));

        var actors = new List<ActorEntry>();
        var countryCorrections = ActorCountryCorrections.Read(P(KnowledgeSourceFiles.ProjectActorCorrections), KnowledgeSourceFiles.ProjectActorCorrections, report.Add(KnowledgeSourceFiles.ProjectActorCorrections, "actors"));
        foreach (var (file, militant) in new[] { (KnowledgeSourceFiles.CountryActors, false), (KnowledgeSourceFiles.InternationalActors, false), (KnowledgeSourceFiles.MilitantActors, true) })
        {
            var records = PetrarchActorReader.Read(P(file), report.Add(file, "actors"));
            actors.AddRange(countryCorrections.Apply(ActorEntries(records, file, KnowledgeLayer.Dictionary, codes, actors.Count, militant), file, codes));
        }

        countryCorrections.ReportUnused();

        actors.AddRange(LeaderEntries(leaders, codes, actors.Count));
        actors.AddRange(CountryEntries(countries, codes, actors.Count));
        actors.AddRange(ActorTsvReader.Read(P(KnowledgeSourceFiles.ProjectActors), KnowledgeSourceFiles.ProjectActors, KnowledgeLayer.Project, codes, actors.Count, report.Add(KnowledgeSourceFiles.ProjectActors, "actors")));
        actors.AddRange(ActorTsvReader.Read(P(KnowledgeSourceFiles.ProjectMedia), KnowledgeSourceFiles.ProjectMedia, KnowledgeLayer.Project, codes, actors.Count, report.Add(KnowledgeSourceFiles.ProjectMedia, "media"), media: true));

        var agents = AgentEntries(PetrarchAgentReader.Read(P(KnowledgeSourceFiles.Agents), report.Add(KnowledgeSourceFiles.Agents, "agents")), KnowledgeSourceFiles.Agents, KnowledgeLayer.Dictionary, 0);
        agents.AddRange(AgentTsvReader.Read(P(KnowledgeSourceFiles.ProjectAgents), KnowledgeSourceFiles.ProjectAgents, KnowledgeLayer.Project, agents.Count, report.Add(KnowledgeSourceFiles.ProjectAgents, "agents")));

        var cameoVerbs = PetrarchVerbReader.Read(SourceText.Lines(P(KnowledgeSourceFiles.Verbs)), "CAMEO.2.0", KnowledgeSourceFiles.Verbs, report.Add(KnowledgeSourceFiles.Verbs, "verbs"));

        // The project's own verbs (CAMEO.2.0 format) lie over CAMEO.2.0: new verbs and patterns, and
        // corrections where the dictionary's block default over-codes a generic verb. Its patterns may name CAMEO.2.0's synsets.
        var project = PetrarchVerbReader.Read(SourceText.Lines(P(KnowledgeSourceFiles.ProjectVerbs)), "annalist", KnowledgeSourceFiles.ProjectVerbs, report.Add(KnowledgeSourceFiles.ProjectVerbs, "verbs"), cameoVerbs.Synsets);
        var verbs = VerbDictionaryMerge.Over(project, cameoVerbs);
        var discards = PetrarchDiscardReader.Read(P(KnowledgeSourceFiles.Discards), report.Add(KnowledgeSourceFiles.Discards, "discards"));

        var admin1 = PlaceReaders.ReadAdmin1(P(KnowledgeSourceFiles.Admin1), report.Add(KnowledgeSourceFiles.Admin1, "places"));
        var iso2 = countries.Where(c => c.Iso2.Length == 2).ToDictionary(c => c.Iso2, c => c.Iso3, StringComparer.Ordinal);
        var cities = PlaceReaders.ReadCities(P(KnowledgeSourceFiles.Cities), KnowledgeSourceFiles.Cities, iso2, admin1.ToDictionary(a => a.Key, a => a.Value.Name, StringComparer.Ordinal), report.Add(KnowledgeSourceFiles.Cities, "places"));
        var places = new List<Place>(cities);
        places.AddRange(AdminPlaces(admin1, cities, iso2));
        places.AddRange(PlaceReaders.ReadUserPlaces(P(KnowledgeSourceFiles.ProjectRegions), report.Add(KnowledgeSourceFiles.ProjectRegions, "places"), KnowledgeSourceFiles.ProjectRegions));
        places.AddRange(countries.Select(c => new Place(c.Name, null, c.Latitude, c.Longitude, c.Iso3, string.Empty, 0, "PCLI", [.. c.AlternateNames.Prepend(c.OfficialName).Distinct()], c.Source)));

        return new KnowledgeBase
        {
            Ontology = ontology,
            Actors = new ActorDictionary(
                new LayeredIndex<ActorEntry>(PhraseIndex<ActorEntry>.Build(actors, ActorPhrases)),
                new AgentDictionary(new LayeredIndex<AgentEntry>(PhraseIndex<AgentEntry>.Build(agents, a => a.Phrases))),
                codes),
            Verbs = verbs,
            Places = new Gazetteer(new LayeredIndex<Place>(PhraseIndex<Place>.Build(places, p => p.AlternateNames.Prepend(p.Name)))),
            Discards = new DiscardList(PhraseIndex<PetrarchDiscardRecord>.Build(discards, d => [d.Phrase]), KnowledgeSourceFiles.Discards),
            Countries = countries,
            Report = report,
        };
    }

    /// <summary>
    /// Knowledge made of PETRARCH dictionaries only (a migrating user's, or the validation suite's), with the
    /// ontology and countries of <paramref name="shipped"/>.
    /// </summary>
    public static KnowledgeBase FromPetrarch(KnowledgeBase shipped, string actors, string agents, string verbs, string? discards = null)
    {
        var overlay = KnowledgeOverlay.Read(
            new KnowledgeOverlayOptions { Actors = [actors], Agents = [agents], Verbs = verbs, Discards = discards is null ? [] : [discards], Replace = true },
            shipped.Actors.Codes);
        var knowledge = shipped.WithOverlay(overlay);
        return discards is null
            ? new KnowledgeBase
            {
                Ontology = knowledge.Ontology, Actors = knowledge.Actors, Verbs = knowledge.Verbs, Places = knowledge.Places, Countries = knowledge.Countries,
                Report = knowledge.Report, Version = knowledge.Version,
                Discards = new DiscardList(PhraseIndex<PetrarchDiscardRecord>.Build([], _ => []), string.Empty),
            }
            : knowledge;
    }

    /// <summary>Actor entries from PETRARCH records, codes parsed and kinds inferred.</summary>
    public static List<ActorEntry> ActorEntries(IEnumerable<PetrarchActorRecord> records, string file, KnowledgeLayer layer, ActorCodeParser codes, int firstId, bool militantGroups)
    {
        var entries = new List<ActorEntry>();
        foreach (var record in records)
        {
            var parsed = record.Codes.Select(c => codes.Parse(c.Code)).ToList();
            var dated = record.Codes.Select((c, i) => new DatedActorCode(parsed[i], c.From, c.To)).ToList();
            var kind = PetrarchActorKinds.Infer(record, parsed, militantGroups);
            var phrases = new List<string>(record.Phrases);
            foreach (var phrase in record.Phrases)
            {
                if (PetrarchPhrase.WithoutParentheses(phrase) is { } stripped && !phrases.Contains(stripped, StringComparer.OrdinalIgnoreCase))
                {
                    phrases.Add(stripped);
                }
            }

            entries.Add(new ActorEntry(firstId + entries.Count, record.Entry, kind, phrases, dated, $"{file}:{record.Line}", layer, record.Comment));
        }

        return entries;
    }

    public static List<AgentEntry> AgentEntries(IEnumerable<PetrarchAgentRecord> records, string file, KnowledgeLayer layer, int firstId) =>
        [.. records.Select((r, i) => new AgentEntry(firstId + i, r.Entry, r.Phrases, r.Code, r.Prefix, $"{file}:{r.Line}", layer))];

    private static IEnumerable<string> ActorPhrases(ActorEntry entry) => entry.Phrases.Select(ActorEntry.IndexPhrase);

    /// <summary>
    /// Each Factbook leader twice: by the full names, in office since the snapshot's date and one of the country's
    /// elites before, as Phoenix codes its people ([USAELI] beside their dated [USAGOV …]: "Donald Trump" in a 2019
    /// article is still American); by a surname alone ("Putin"), only in office, since a lone word
    /// ("Christian", the mayor of Pitcairn) is a person's name only where the context makes it one.
    /// </summary>
    private static IEnumerable<ActorEntry> LeaderEntries(List<OfficeHolder> leaders, ActorCodeParser codes, int firstId)
    {
        var id = firstId;
        foreach (var l in leaders)
        {
            var inOffice = new DatedActorCode(codes.Parse(l.Country + "GOV"), l.Since, null);
            var names = l.Aliases.Where(a => a.Contains(' ', StringComparison.Ordinal)).ToList();
            var surnames = l.Aliases.Except(names).ToList();
            if (names.Count > 0)
            {
                yield return new ActorEntry(id++, $"{l.Title} {l.Name}".Trim(), ActorKind.Person, names, [inOffice, new DatedActorCode(codes.Parse(l.Country + "ELI"), null, null)],
                    l.Source, KnowledgeLayer.Factbook, "in office per the Factbook snapshot of 2026-01-22; an elite of the country before");
            }

            if (surnames.Count > 0)
            {
                yield return new ActorEntry(id++, $"{l.Title} {l.Name}".Trim(), ActorKind.Person, surnames, [inOffice],
                    l.Source, KnowledgeLayer.Factbook, "in office per the Factbook snapshot of 2026-01-22");
            }
        }
    }

    /// <summary>Each country by its names and demonyms (code: the country), and its capital as a metonym for its government (code: country + GOV).</summary>
    private static List<ActorEntry> CountryEntries(List<Country> countries, ActorCodeParser codes, int firstId)
    {
        var entries = new List<ActorEntry>();
        var countryNames = countries.SelectMany(c => c.AlternateNames.Append(c.Name)).Select(TokenKey.Fold).ToHashSet(StringComparer.Ordinal);
        var independentDemonyms = countries.Where(c => c.Independent).SelectMany(c => c.Demonyms).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var country in countries)
        {
            var phrases = new List<string> { country.Name, country.OfficialName };
            // An alternate name that is a common word names no country in running text: "Island" (Iceland's own name,
            // folded), "Mann" (the Isle of Man's, and a surname: "Mr Justice Anthony Mann").
            phrases.AddRange(country.AlternateNames.Where(a => a.Contains(' ', StringComparison.Ordinal) || !Places.RunningTextNames.IsCommonWord(a)));

            // "French" is France's, not the French Southern Lands'.
            foreach (var demonym in country.Demonyms.Where(d => country.Independent || !independentDemonyms.Contains(d)))
            {
                phrases.Add(demonym);
                phrases.Add(EnglishPlural.Of(demonym));
            }

            entries.Add(new ActorEntry(firstId + entries.Count, country.Name, ActorKind.State, [.. phrases.Distinct(StringComparer.OrdinalIgnoreCase)], [new DatedActorCode(codes.Parse(country.Iso3), null, null)], country.Source, KnowledgeLayer.Project));
            var capitals = country.Capitals.Where(c => !countryNames.Contains(TokenKey.Fold(c)) && !TokenKey.Fold(c).Contains("city", StringComparison.Ordinal)).ToList();
            if (country.Independent && capitals.Count > 0)
            {
                entries.Add(new ActorEntry(firstId + entries.Count, capitals[0], ActorKind.State, capitals, [new DatedActorCode(codes.Parse(country.Iso3 + "GOV"), null, null)], country.Source, KnowledgeLayer.Project, "capital as a metonym for the government"));
            }
        }

        return entries;
    }

    /// <summary>Admin-1 regions, placed at their seat (a PPLA city) or else at the population-weighted centre of their cities.</summary>
    private static IEnumerable<Place> AdminPlaces(Dictionary<string, (string Name, int Line)> admin1, List<Place> cities, Dictionary<string, string> iso2)
    {
        var byRegion = cities.Where(c => c.Admin1.Length > 0).GroupBy(c => (c.Country, c.Admin1)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (code, (name, line)) in admin1.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            if (!iso2.TryGetValue(code[..2], out var country) || !byRegion.TryGetValue((country, name), out var members))
            {
                continue;
            }

            var seat = members.FirstOrDefault(m => m.FeatureCode is "PPLA" or "PPLC");
            var population = members.Sum(m => m.Population);
            double lat, lon;
            if (seat is not null)
            {
                (lat, lon) = (seat.Latitude, seat.Longitude);
            }
            else
            {
                double weight = members.Sum(m => Math.Max(1, m.Population));
                lat = Math.Round(members.Sum(m => m.Latitude * Math.Max(1, m.Population)) / weight, 5);
                lon = Math.Round(members.Sum(m => m.Longitude * Math.Max(1, m.Population)) / weight, 5);
            }

            yield return new Place(name, null, lat, lon, country, name, population, "ADM1", [], $"{KnowledgeSourceFiles.Admin1}:{line}");
        }
    }
}
