using Annalist.Knowledge.Ontology;

namespace Annalist.Coding.Lexicon;

/// <summary>A noun that names an event, its CAMEO code, and where its source and target actors are found (markers in order of preference).</summary>
public sealed record EventNoun(string Lemma, CameoCode Cameo, IReadOnlyList<string> SourceMarkers, IReadOnlyList<string> TargetMarkers, string Source);
