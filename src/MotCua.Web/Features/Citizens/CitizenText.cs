namespace MotCua.Web.Features.Citizens;

/// <summary>Words shared by the citizen pages (CitizenText.strings.json): field labels and the messages of the checks.</summary>
public sealed class CitizenText;
