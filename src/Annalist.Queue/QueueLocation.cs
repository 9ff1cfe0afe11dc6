using System.Text.RegularExpressions;

namespace Annalist.Queue;

/// <summary>
/// Where the queue lives: one or more NATS servers (<c>nats://host:port</c>, comma-separated for a
/// cluster; <c>tls://</c> for TLS) and the queue's name, the path of the address (default
/// <c>annalist</c>), which names its streams and subjects, so several queues can share one server.
/// </summary>
public sealed partial record QueueLocation(IReadOnlyList<string> Servers, string Name)
{
    public const string DefaultName = "annalist";

    /// <summary>The address as given to the NATS client: the servers, comma-separated.</summary>
    public string ServerUrls => string.Join(',', Servers);

    /// <summary>Parses <c>nats://host:port[,nats://host2:port][/name]</c>.</summary>
    public static QueueLocation Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new QueueException("no queue given: name one with --queue nats://host:port");
        }

        var servers = new List<string>();
        var name = DefaultName;
        foreach (var part in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var text = part.Contains("://", StringComparison.Ordinal) ? part : "nats://" + part;
            if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("nats" or "tls") || uri.Host.Length == 0)
            {
                throw new QueueException($"'{part}' is not a NATS address (expected nats://host:port or tls://host:port)");
            }

            var path = uri.AbsolutePath.Trim('/');
            if (path.Length > 0)
            {
                if (!NamePattern().IsMatch(path))
                {
                    throw new QueueException($"queue name '{path}' may hold only letters, digits, '-' and '_'");
                }

                name = path;
            }

            servers.Add($"{uri.Scheme}://{(uri.UserInfo.Length > 0 ? uri.UserInfo + "@" : string.Empty)}{uri.Host}:{(uri.IsDefaultPort || uri.Port < 0 ? 4222 : uri.Port)}");
        }

        return servers.Count == 0 ? throw new QueueException("no queue given: name one with --queue nats://host:port") : new QueueLocation(servers, name);
    }

    public override string ToString() => $"{ServerUrls}/{Name}";

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex NamePattern();
}
