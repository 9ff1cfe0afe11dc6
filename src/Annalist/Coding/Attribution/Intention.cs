namespace Annalist.Coding.Attribution;

/// <summary>Whose intention an intended act is.</summary>
public enum Intention
{
    /// <summary>Not an intended act.</summary>
    None,

    /// <summary>The actor's own future act, promise, offer or plan ("will support", "agreed to lift", "ready to send").</summary>
    Own,

    /// <summary>An act someone else asks for ("urged Seoul to send", "calls to send weapons"); the asking verb is the event.</summary>
    Requested,

    /// <summary>An act a claimant says another party must do ("Sudan must return the helicopter, Russia said"): a demand by the claimant.</summary>
    Demanded,

    /// <summary>An act its actor refuses or will not do ("refused to deploy peacekeepers", "will not accept refugees"): a rejection.</summary>
    Refused,
}
