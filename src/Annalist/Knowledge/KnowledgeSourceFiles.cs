namespace Annalist.Knowledge;

/// <summary>The text sources of the shipped knowledge, relative to <c>data/knowledge</c>.</summary>
public static class KnowledgeSourceFiles
{
    public const string Verbs = "petrarch2/CAMEO.2.0.txt";
    public const string CountryActors = "petrarch2/Phoenix.Countries.actors.txt";
    public const string InternationalActors = "petrarch2/Phoenix.International.actors.txt";
    public const string MilitantActors = "petrarch2/Phoenix.MilNonState.actors.txt";
    public const string Agents = "petrarch2/Phoenix.agents.txt";
    public const string Discards = "petrarch2/Phoenix.discards.txt";
    public const string Countries = "countries/countries.tsv";
    public const string Leaders = "countries/factbook-leaders.tsv";
    public const string Cities = "places/cities.tsv";
    public const string Admin1 = "places/admin1.tsv";
    public const string CameoCodes = "ontology/cameo-codes.tsv";
    public const string CameoToPlover = "ontology/CAMEO2PLOVER-2021.txt";
    public const string PloverEvents = "ontology/plover-events.tsv";
    public const string PloverModes = "ontology/plover-modes.tsv";
    public const string PloverContexts = "ontology/plover-contexts.tsv";
    public const string ProjectActors = "project/actors.tsv";
    public const string ProjectMedia = "project/media.tsv";
    public const string ProjectAgents = "project/agents.tsv";
    public const string ProjectVerbs = "project/verbs.txt";

    /// <summary>Regions GeoNames' cities and admin-1 files lack (Kashmir, the Donbas, Europe), in the format of a user's places overlay.</summary>
    public const string ProjectRegions = "project/regions.tsv";

    /// <summary>Reviewed corrections of a Phoenix entry's country (file, entry, from, to, note), applied as the dictionaries are read.</summary>
    public const string ProjectActorCorrections = "project/actor-corrections.tsv";

    /// <summary>Reviewed corrections of CAMEO2PLOVER-2021 where the PLOVER manual says otherwise, each row naming the manual's section.</summary>
    public const string ProjectCameoToPlover = "project/cameo-plover.txt";

    /// <summary>Every source, in the order they are read.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        CameoCodes, CameoToPlover, ProjectCameoToPlover, PloverEvents, PloverModes, PloverContexts, Countries, Leaders, CountryActors, InternationalActors,
        MilitantActors, ProjectActorCorrections, ProjectActors, ProjectMedia, Agents, ProjectAgents, Verbs, ProjectVerbs, Discards, Admin1, Cities, ProjectRegions,
    ];
}
