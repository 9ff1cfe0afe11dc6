using Annalist.Knowledge;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Knowledge;

/// <summary>The shipped compiled knowledge (data/knowledge/knowledge.bin of the repository), loaded once for all tests.</summary>
internal static class ShippedKnowledge
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() => KnowledgeBase.Load(Path.Combine(Directory, "knowledge.bin")));

    public static string Directory => Path.Combine(SharedData.RepositoryRoot, "data", "knowledge");

    public static KnowledgeBase Value => Loaded.Value;
}
