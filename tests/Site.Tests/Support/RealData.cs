using Samenleven.Content;
using Samenleven.Loading;

namespace Samenleven.Tests.Support;

/// <summary>This repository's reference data, for tests about the real 285 municipalities, their mergers and the map.</summary>
internal static class RealData
{
    /// <summary>
    /// <c>data/gemeenten.yml</c>, <c>data/provincies.yml</c> and <c>data/kaart-gemeenten.json</c> of the repository as
    /// inline files (see <see cref="InlineFiles"/>), to state in a test site instead of the five default municipalities.
    /// </summary>
    public static string MunicipalitiesAndMap { get; } = string.Concat(
        new[] { ReferenceDataReader.MunicipalitiesPath, ReferenceDataReader.ProvincesPath, MapDataReader.MapPath }
            .Select(path => $"-- {path} --\n{Read(path).TrimEnd('\n')}\n"));

    /// <summary>The reference data of <c>data/</c>, loaded as a build loads it.</summary>
    public static ReferenceData Reference { get; } = Load();

    private static string Read(string projectPath) => File.ReadAllText(Path.Combine(Repository.Root, projectPath));

    private static ReferenceData Load()
    {
        var diagnostics = new DiagnosticBag();
        var reference = ReferenceDataReader.Read(ReferenceDataReader.Paths.ToDictionary(p => p, Read, StringComparer.Ordinal), diagnostics);
        Assert.True(reference is not null && !diagnostics.HasErrors, string.Join('\n', diagnostics.Sorted()));
        return reference;
    }
}
