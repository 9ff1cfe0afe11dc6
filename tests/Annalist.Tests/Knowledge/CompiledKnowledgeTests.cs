using System.Security.Cryptography;
using Annalist.DataFiles;
using Annalist.Knowledge;
using Annalist.Knowledge.Compiled;

namespace Annalist.Tests.Knowledge;

public sealed class CompiledKnowledgeTests
{
    [Fact]
    public void Building_from_the_sources_gives_the_committed_compiled_file_byte_for_byte()
    {
        var directory = ShippedKnowledge.Directory;
        var built = KnowledgeBuilder.Build(directory);
        using var stream = new MemoryStream();
        KnowledgeBinary.Write(built, stream);
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream.ToArray()));
        var manifest = DataManifest.Load(Path.Combine(directory, "manifest.json"));
        Assert.Equal(manifest.Sha256["knowledge.bin"], hash);
        Assert.Equal(DataManifest.HashFile(Path.Combine(directory, "knowledge.bin")), hash);
    }

    [Fact]
    public void The_manifest_lists_every_source_with_its_hash()
    {
        var directory = ShippedKnowledge.Directory;
        var manifest = DataManifest.Load(Path.Combine(directory, "manifest.json"));
        manifest.Verify(directory);
        foreach (var source in KnowledgeSourceFiles.All)
        {
            Assert.True(manifest.Sha256.ContainsKey(source), source);
        }
    }

    [Fact]
    public void The_compiled_form_holds_what_the_sources_hold()
    {
        var knowledge = ShippedKnowledge.Value;
        Assert.True(knowledge.Actors.Count > 25_000);
        Assert.True(knowledge.Agents.Count > 2_000);
        Assert.True(knowledge.Places.Count > 50_000);
        Assert.True(knowledge.Verbs.PatternCount > 4_500);
        Assert.Equal(313, knowledge.Ontology.CameoTypes.Count);
        Assert.Equal(250, knowledge.Countries.Count);
        Assert.Contains(knowledge.Report.Files, f => f.File == KnowledgeSourceFiles.Verbs && f.Loaded > 6_000);
    }

    [Fact]
    public void A_damaged_compiled_file_is_a_data_file_error()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [1, 2, 3]);
            Assert.Throws<DataFileException>(() => KnowledgeBase.Load(path));
            Assert.Throws<DataFileException>(() => KnowledgeBase.Load(Path.Combine(ShippedKnowledge.Directory, "knowledge.bin"), new string('0', 64)));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
