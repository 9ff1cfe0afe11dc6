using Annalist.Storage;
using Annalist.Storage.Merging;

namespace Annalist.Tests.Storage;

/// <summary>Makes fresh, empty stores of one kind for the shared store tests.</summary>
public interface ITestStores
{
    /// <summary>Why this kind of store cannot be tested here, or null.</summary>
    string? SkipReason { get; }

    Task<IEventStore> CreateAsync(MergeRule? rule = null);
}
