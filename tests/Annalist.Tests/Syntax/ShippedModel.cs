using Annalist.Syntax;

namespace Annalist.Tests.Syntax;

/// <summary>The shipped syntax model, loaded once for all tests that need it.</summary>
internal static class ShippedModel
{
    private static readonly Lazy<SyntaxModel> Model = new(() => SyntaxModel.LoadDefault());

    public static SyntaxModel Instance => Model.Value;
}
