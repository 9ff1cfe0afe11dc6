using Annalist.Queue;

namespace Annalist.Tests.Queue;

public sealed class QueueLocationTests
{
    [Theory]
    [InlineData("nats://127.0.0.1:4222", "nats://127.0.0.1:4222", "annalist")]
    [InlineData("nats://127.0.0.1:4222/archive", "nats://127.0.0.1:4222", "archive")]
    [InlineData("queue.example", "nats://queue.example:4222", "annalist")]
    [InlineData("nats://a:4222,nats://b:4223,nats://c:4224/gdelt_2024", "nats://a:4222,nats://b:4223,nats://c:4224", "gdelt_2024")]
    [InlineData("tls://user:secret@nats.example:4443", "tls://user:secret@nats.example:4443", "annalist")]
    public void Parses_servers_and_name(string text, string servers, string name)
    {
        var location = QueueLocation.Parse(text);
        Assert.Equal(servers, location.ServerUrls);
        Assert.Equal(name, location.Name);
    }

    [Theory]
    [InlineData("", "no queue given")]
    [InlineData("http://127.0.0.1:4222", "is not a NATS address")]
    [InlineData("nats://127.0.0.1:4222/a.b", "may hold only letters")]
    public void Refuses_what_is_not_a_queue_with_a_reason(string text, string reason)
    {
        var error = Assert.Throws<QueueException>(() => QueueLocation.Parse(text));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
