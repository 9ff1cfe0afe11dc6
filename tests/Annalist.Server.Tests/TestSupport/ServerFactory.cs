using System.Net;
using Annalist.Pipeline;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Annalist.Server.Tests.TestSupport;

/// <summary>
/// Hosts the real server (its own entry point and composition) over a given store, with settings as
/// configuration would give them, the scenario's fake coder in place of the real one unless told
/// otherwise, and every log line captured. In memory by default; on Kestrel and a loopback port for
/// the browser tests (<see cref="StartOnLoopback"/>).
/// </summary>
public sealed class ServerFactory(string store, IReadOnlyDictionary<string, string?>? settings = null, AnnotationPipeline? pipeline = null, bool realCoder = false)
    : WebApplicationFactory<EntryPoint>
{
    public CapturedLogs Logs { get; } = new();

    /// <summary>Starts Kestrel on a free loopback port and returns the base address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Annalist:Store", store);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        if (!realCoder)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(pipeline ?? Scenario.Pipeline));
        }
    }
}
