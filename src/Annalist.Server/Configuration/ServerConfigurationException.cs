namespace Annalist.Server.Configuration;

/// <summary>A setting the server cannot run with; the message names the setting and what to do.</summary>
public sealed class ServerConfigurationException(string message) : Exception(message);
