namespace Annalist.Knowledge.Ontology;

/// <summary>One CAMEO event code with its name, Goldstein value (null where the scale has none) and QuadClass.</summary>
public sealed record CameoEventType(CameoCode Code, string Name, double? Goldstein, QuadClass QuadClass)
{
    public string Root => Code.Root;
}
