namespace Annalist.Knowledge.Ontology;

/// <summary>
/// CAMEO and PLOVER together: typed CAMEO codes (name, Goldstein, QuadClass), PLOVER event types, modes
/// and contexts, and the CAMEO→PLOVER table. Immutable and thread-safe.
/// </summary>
public sealed class EventOntology
{
    private readonly Dictionary<string, CameoEventType> cameo;
    private readonly Dictionary<string, PloverEventType> plover;
    private readonly Dictionary<string, PloverContext> contexts;
    private readonly Dictionary<string, PloverMapping> mappings;

    public EventOntology(IEnumerable<CameoEventType> cameoTypes, IEnumerable<PloverEventType> ploverTypes, IEnumerable<PloverContext> ploverContexts, IEnumerable<PloverMapping> cameoToPlover)
    {
        cameo = [];
        foreach (var type in cameoTypes)
        {
            cameo[type.Code.Value] = type;
        }

        plover = ploverTypes.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        contexts = ploverContexts.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        mappings = [];
        foreach (var mapping in cameoToPlover)
        {
            // The table lists root 08 twice (CONCEDE, RETREAT); the first line wins for the bare root.
            mappings.TryAdd(mapping.Cameo.Value, mapping);
        }

        CameoTypes = [.. cameo.Values.OrderBy(t => t.Code.Value, StringComparer.Ordinal)];
        PloverTypes = [.. plover.Values];
        PloverContexts = [.. contexts.Values];
        Mappings = [.. mappings.Values.OrderBy(m => m.Cameo.Value, StringComparer.Ordinal)];
    }

    public IReadOnlyList<CameoEventType> CameoTypes { get; }

    public IReadOnlyList<PloverEventType> PloverTypes { get; }

    public IReadOnlyList<PloverContext> PloverContexts { get; }

    public IReadOnlyList<PloverMapping> Mappings { get; }

    /// <summary>The CAMEO code's entry, or null when it is not a CAMEO code (local codes of a dictionary).</summary>
    public CameoEventType? Cameo(CameoCode code) => cameo.GetValueOrDefault(code.Value);

    /// <summary>Whether the code is in the CAMEO table.</summary>
    public bool IsKnown(CameoCode code) => cameo.ContainsKey(code.Value);

    /// <summary>The Goldstein value; a code the scale lacks (1213, 1214, 176, 1952) takes its nearest parent's.</summary>
    public double? Goldstein(CameoCode code)
    {
        for (var c = code; !c.IsEmpty; c = c.Parent)
        {
            if (cameo.TryGetValue(c.Value, out var type) && type.Goldstein is { } value)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The QuadClass of the code's root, or null for a local code.</summary>
    public QuadClass? QuadClassOf(CameoCode code) => code.IsStandardForm
        ? int.Parse(code.Root, provider: null) switch
        {
            <= 4 => QuadClass.VerbalCooperation,
            <= 8 => QuadClass.MaterialCooperation,
            <= 13 => QuadClass.VerbalConflict,
            _ => QuadClass.MaterialConflict,
        }
        : null;

    /// <summary>
    /// The PLOVER reading of a CAMEO code: its own line of CAMEO2PLOVER-2021, else the nearest parent's.
    /// Null for roots 01 and 02 (statements and appeals, which PLOVER dropped) and for local codes.
    /// </summary>
    public PloverMapping? ToPlover(CameoCode code)
    {
        for (var c = code; !c.IsEmpty; c = c.Parent)
        {
            if (mappings.TryGetValue(c.Value, out var mapping))
            {
                return mapping;
            }
        }

        return null;
    }

    public PloverEventType? Plover(string eventType) => plover.GetValueOrDefault(eventType);

    public PloverContext? Context(string name) => contexts.GetValueOrDefault(name);
}
