using MotCua.Domain.Messaging;

namespace MotCua.Domain.Tests.Messaging;

public sealed class BotCommandTests
{
    private const string Code = "000.00.19.H19-261005-0001";

    [Theory]
    [InlineData("TRACUU 000.00.19.H19-261005-0001 5678", "vi")]
    [InlineData("tracuu 000.00.19.h19-261005-0001 5678", "vi")]
    [InlineData("TRA CUU 000.00.19.H19-261005-0001 5678", "vi")]
    [InlineData("Tra cứu 000.00.19.H19-261005-0001 5678", "vi")]
    [InlineData("  tra   cuu:  000.00.19.H19-261005-0001   5678 ", "vi")]
    [InlineData("TRACUU 5678 000.00.19.H19-261005-0001", "vi")]
    [InlineData("LOOKUP 000.00.19.H19-261005-0001 5678", "en")]
    [InlineData("lookup 000.00.19.H19-261005-0001 5678", "en")]
    [InlineData("TRACUU https://motcua.dongnai.gov.vn/tra-cuu?ma=000.00.19.H19-261005-0001 5678", "vi")]
    [InlineData("TRACUU https://motcua.dongnai.gov.vn/tra-cuu?ma=000.00.19.H19-261005-0001&xm=5678", "vi")]
    [InlineData("TRACUU http://localhost:5080/tra-cuu?ma=000.00.19.H19-261005-0001 5678", "vi")]
    public void A_lookup_is_understood_however_it_is_typed(string message, string language)
    {
        var command = BotCommand.Parse(message);

        Assert.Equal(new BotCommand(BotIntent.Lookup, language, Code, "5678"), command);
    }

    [Theory]
    [InlineData("https://motcua.dongnai.gov.vn/tra-cuu?ma=000.00.19.H19-261005-0001", BotLookupProblem.MissingVerifier, Code)]
    [InlineData("TRACUU 000.00.19.H19-261005-0001", BotLookupProblem.MissingVerifier, Code)]
    [InlineData("TRACUU 000.00.19.H19-261005-0001 567", BotLookupProblem.MissingVerifier, Code)]
    [InlineData("TRACUU 5678", BotLookupProblem.MissingCode, null)]
    [InlineData("TRACUU", BotLookupProblem.MissingCode, null)]
    [InlineData("TRACUU 000.00.19.H19-261399-0001 5678", BotLookupProblem.MissingCode, null)]
    public void An_incomplete_lookup_says_what_is_missing(string message, BotLookupProblem problem, string? code)
    {
        var command = BotCommand.Parse(message);

        Assert.Equal(BotIntent.Lookup, command.Intent);
        Assert.Equal(problem, command.Problem);
        Assert.Equal(code, command.Code);
    }

    [Theory]
    [InlineData("THUTUC khai sinh", "vi", "khai sinh")]
    [InlineData("thu tuc ly lich tu phap", "vi", "ly lich tu phap")]
    [InlineData("Thủ tục lý lịch tư pháp", "vi", "lý lịch tư pháp")]
    [InlineData("PROCEDURE birth registration", "en", "birth registration")]
    public void A_procedure_question_keeps_its_words(string message, string language, string words)
    {
        Assert.Equal(new BotCommand(BotIntent.Procedures, language, Words: words), BotCommand.Parse(message));
    }

    [Theory]
    [InlineData("", "vi")]
    [InlineData(null, "vi")]
    [InlineData("xin chào", "vi")]
    [InlineData("THUTUC", "vi")]
    [InlineData("tracuu000.00.19.H19-261005-0001", "vi")]
    [InlineData("help", "en")]
    [InlineData("PROCEDURE", "en")]
    public void Anything_else_gets_the_help_text(string? message, string language)
    {
        Assert.Equal(new BotCommand(BotIntent.Help, language), BotCommand.Parse(message));
    }
}
