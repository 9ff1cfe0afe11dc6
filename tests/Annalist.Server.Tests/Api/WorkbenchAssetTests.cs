using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Annalist.Server.Tests.TestSupport;
using Annalist.Server.Workbench;

namespace Annalist.Server.Tests.Api;

/// <summary>The workbench is served from the assembly, revalidated by ETag, compressed, and built so that nothing it shows can become markup.</summary>
public sealed partial class WorkbenchAssetTests(ApiFixture.Sqlite fixture) : IClassFixture<ApiFixture.Sqlite>
{
    [Fact]
    public async Task The_page_its_scripts_styles_and_map_outline_are_served_from_the_assembly()
    {
        var page = await fixture.Client.FetchAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("text/html", page.MediaType);
        Assert.Contains("<script type=\"module\" src=\"/js/main.js\"></script>", page.Body);

        foreach (var path in new[] { "/app.css", "/js/main.js", "/js/code-view.js", "/js/map-view.js", "/geo/countries-110m.json", "/favicon.svg" })
        {
            Assert.Equal(HttpStatusCode.OK, (await fixture.Client.FetchAsync(path)).Status);
        }
    }

    [Fact]
    public async Task Every_module_import_resolves_to_a_served_file()
    {
        foreach (var asset in WorkbenchAssets.Assets.Where(a => a.Path.EndsWith(".js", StringComparison.Ordinal)))
        {
            foreach (Match import in ImportPattern().Matches(System.Text.Encoding.UTF8.GetString(asset.Content)))
            {
                var target = "js/" + import.Groups[1].Value.TrimStart('.', '/');
                Assert.Contains(WorkbenchAssets.Assets, a => a.Path == target);
            }
        }
    }

    [Fact]
    public void No_script_ever_writes_markup_or_loads_anything_from_another_site()
    {
        foreach (var asset in WorkbenchAssets.Assets.Where(a => a.Path.EndsWith(".js", StringComparison.Ordinal) || a.Path.EndsWith(".html", StringComparison.Ordinal)))
        {
            var text = System.Text.Encoding.UTF8.GetString(asset.Content);
            foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setAttribute('on", "javascript:" })
            {
                Assert.False(text.Contains(sink, StringComparison.Ordinal), $"{asset.Path} uses {sink}");
            }

            Assert.DoesNotMatch(RemoteLoad(), text);
        }
    }

    [Fact]
    public async Task Assets_are_revalidated_by_etag_and_sent_compressed()
    {
        var first = await fixture.Client.FetchAsync("/geo/countries-110m.json");
        var etag = first.Response.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/geo/countries-110m.json");
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await fixture.Client.SendAsync(again)).StatusCode);

        using var compressed = new HttpRequestMessage(HttpMethod.Get, "/geo/countries-110m.json");
        compressed.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        var response = await fixture.Client.SendAsync(compressed);
        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
        Assert.True(response.Content.Headers.ContentLength < first.Body.Length / 2);
    }

    [GeneratedRegex("from '(\\./[a-z-]+\\.js)'")]
    private static partial Regex ImportPattern();

    [GeneratedRegex("(src|href)=\"https?:|import[^;]*'https?:|fetch\\('https?:|@import")]
    private static partial Regex RemoteLoad();
}
