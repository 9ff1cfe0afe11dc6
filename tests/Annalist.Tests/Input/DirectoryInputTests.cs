using Annalist.Input;
using Annalist.Tests.TestSupport;

namespace Annalist.Tests.Input;

/// <summary>A directory is read as a corpus: its articles, not the license and readme files that travel with them.</summary>
public sealed class DirectoryInputTests
{
    [Fact]
    public void License_readme_and_notice_files_in_a_folder_are_not_articles()
    {
        using var dir = new TempDirectory();
        dir.File("LICENSE-GeoNames-CC-BY-4.0.txt", "Creative Commons Attribution 4.0 International Public License.");
        dir.File("sub/README.txt", "These articles were collected in March.");
        dir.File("NOTICE.txt", "Copyright the authors.");
        dir.File("licensed-deal.txt", "Russia licensed a gas deal with China on Friday.");
        dir.File("news/a.txt", "Russia supplied missiles to North Korea on Friday.");

        var ids = new InputReader().Read([dir.Path]).Select(r => r.Document!.Metadata.Id).ToList();

        Assert.Equal(["licensed-deal", "news/a"], ids);
    }

    [Fact]
    public void A_license_file_named_on_its_own_is_still_read()
    {
        using var dir = new TempDirectory();
        var path = dir.File("LICENSE.txt", "Russia supplied missiles to North Korea on Friday.");
        Assert.NotNull(Assert.Single(new InputReader().Read([path])).Document);
    }
}
