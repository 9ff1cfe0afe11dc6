namespace Annalist.Pipeline;

/// <summary>The stages given to a <see cref="PipelineBuilder"/> cannot run in that order.</summary>
public sealed class PipelineConfigurationException(string message) : Exception(message);
