namespace Annalist.Storage.Query;

/// <summary>Whether dyads are formed from actor countries (USA→PRK) or full codes (USAGOV→PRKMIL).</summary>
public enum DyadLevel
{
    Country,
    Code,
}
