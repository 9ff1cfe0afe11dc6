namespace Annalist.Knowledge.Ontology;

/// <summary>The GDELT QuadClass of a CAMEO root: roots 01–04, 05–08, 09–13 and 14–20.</summary>
public enum QuadClass
{
    VerbalCooperation = 1,
    MaterialCooperation = 2,
    VerbalConflict = 3,
    MaterialConflict = 4,
}
