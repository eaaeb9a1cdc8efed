using System.Runtime.CompilerServices;

// The lunar calendar's astronomy is tested directly (Meeus' worked examples, the UTC+8 cross-check).
[assembly: InternalsVisibleTo("MotCua.Domain.Tests")]
