using System.Text;
using Annalist.Documents;
using Annalist.Input;
using Annalist.Queue;

namespace Annalist.Tests.Queue;

public sealed class DocumentMessageTests
{
    [Fact]
    public void A_document_comes_off_the_queue_as_it_went_on()
    {
        var metadata = new DocumentMetadata
        {
            Id = "yonhap-1",
            Title = "N. Korea troops",
            Url = "https://en.yna.co.kr/view/1",
            Source = "Yonhap",
            PublicationDate = new DateOnly(2024, 11, 22),
            Language = "en",
        };
        var sent = new Document("Seoul said \"10,000\" troops — in Kursk.\n\nMore text.", metadata);
        var received = DocumentMessage.Decode(DocumentMessage.Encode(sent), "q#7", new InputReader());
        Assert.Empty(received.Problems);
        Assert.Equal(sent.Text, received.Document!.Text);
        Assert.Equal(metadata, received.Document.Metadata with { Origin = null });
        Assert.Equal("q#7", received.Document.Metadata.Origin?.Path);
    }

    [Theory]
    [InlineData("{\"id\":\"x\",\"text\":\"\"}", "record has an empty \"text\"")]
    [InlineData("not json", "malformed JSON")]
    [InlineData("[1,2]", "expected a JSON object")]
    public void A_message_that_is_not_a_document_fails_with_the_readers_reason(string message, string reason)
    {
        var received = DocumentMessage.Decode(Encoding.UTF8.GetBytes(message), "q#9", new InputReader());
        Assert.Null(received.Document);
        Assert.Contains(received.Problems, p => p.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_fail_with_a_reason()
    {
        var received = DocumentMessage.Decode(new byte[] { 0x7b, 0xff, 0xfe, 0x7d }, "q#1", new InputReader());
        Assert.Null(received.Document);
        Assert.Contains("not valid UTF-8", received.Problems.Single().Message, StringComparison.Ordinal);
    }
}
