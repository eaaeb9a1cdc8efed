namespace MotCua.Domain.Statistics;

/// <summary>An open dossier judged at an instant (the end of a period): still within its time, or overdue.</summary>
public enum OpenJudgement { InTime, Overdue }

/// <summary>A run of business days at whose end an open dossier was judged the same way; To null = until something happens.</summary>
public sealed record OpenSpan(DateOnly From, DateOnly? To, OpenJudgement Judgement);
