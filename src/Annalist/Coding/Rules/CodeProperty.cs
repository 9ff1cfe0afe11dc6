namespace Annalist.Coding.Rules;

/// <summary>What a CAMEO code or root implies for coding, as <c>data/coding/codes.tsv</c> declares it.</summary>
public enum CodeProperty
{
    /// <summary>An interaction (consult, support, cooperate, aid): its bare default reading is no event without someone it reaches.</summary>
    NeedsRecipient,

    /// <summary>Coordinated parties with no other target do it to each other ("Kim and Putin signed a treaty").</summary>
    Mutual,

    /// <summary>Use of armed force (18-20): its victims are its recipients, an unnamed doer with a weapon is still a doer.</summary>
    Force,

    /// <summary>Coercion or force (17-20): mentions with different targets are different events.</summary>
    Violent,

    /// <summary>Two different phrases for parties of one country are two parties (domestic events are kept).</summary>
    Domestic,

    /// <summary>Aimed at the country where it happens, or whose people or craft it comes near, when no one else is named.</summary>
    Located,

    /// <summary>An act of words done for a purpose ("summoned the envoy to protest") is addressed to whom its governor acted on.</summary>
    Addressed,

    /// <summary>With no named target, the recipient event-data conventions imply (value: where its country comes from, and a sector).</summary>
    ImpliedTarget,

    /// <summary>A statement (01): refusing it ("declined to comment") is no event.</summary>
    Statement,

    /// <summary>A threat (13): with no place of its own, it is where the threatened act would happen.</summary>
    Threat,

    /// <summary>A protest (14): crowds act in it, and its purpose clause names whom it is against.</summary>
    Protest,

    /// <summary>A show of force (15): forces deployed with no named doer show their own country's force.</summary>
    ShowOfForce,

    /// <summary>Defined by large numbers of victims (202 mass killings): victims counted below 20 take the row's code (value).</summary>
    Mass,

    /// <summary>
    /// Easing, lifting or ending a measure, or refusing to (08, 124): a measure the verb's pattern names ("lifted its
    /// arms embargo") is what is undone, not a second event of its own.
    /// </summary>
    Undoes,

    /// <summary>An appeal or a demand (02, 10): an event noun it takes as its object ("requested aid", "demanded an apology") is asked for, not done.</summary>
    AsksFor,

    /// <summary>
    /// An act of words or of relations (01, 04, 05, 11-14): its object is whom it is said to, of or with, armed forces
    /// too ("praised the army", "criticised the soldiers"), not what it is done with ("sent troops").
    /// </summary>
    SpeaksTo,

    /// <summary>
    /// Coercion (17), like force, falls on the people it names: armed forces it names are whom it is done to ("detained
    /// three soldiers"), not what it is done with.
    /// </summary>
    FallsOn,

    /// <summary>
    /// A reading the dictionary states beyond doubt (a threat made, diplomatic relations broken): stated as done, the
    /// rule's type stands against the typing model, which reads the act threatened or the words it is done in.
    /// </summary>
    Firm,
}
