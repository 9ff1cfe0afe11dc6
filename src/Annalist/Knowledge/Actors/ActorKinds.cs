namespace Annalist.Knowledge.Actors;

/// <summary>The lower-case names of <see cref="ActorKind"/> used in output and overlay files.</summary>
public static class ActorKinds
{
    public static string Name(ActorKind kind) => kind switch
    {
        ActorKind.State => "state",
        ActorKind.Person => "person",
        ActorKind.Organization => "organization",
        ActorKind.Media => "media",
        ActorKind.Unknown => "unknown",
        ActorKind.Unresolved => "unresolved",
        _ => "group",
    };

    public static bool TryParse(string text, out ActorKind kind)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "state" or "country":
                kind = ActorKind.State;
                return true;
            case "person":
                kind = ActorKind.Person;
                return true;
            case "organization" or "organisation" or "org":
                kind = ActorKind.Organization;
                return true;
            case "media" or "outlet":
                kind = ActorKind.Media;
                return true;
            case "group":
                kind = ActorKind.Group;
                return true;
            case "unresolved":
                kind = ActorKind.Unresolved;
                return true;
            default:
                kind = ActorKind.Organization;
                return false;
        }
    }
}
