using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;
using YamlDotNet.Serialization.NamingConventions;

namespace Hatchery.Perf.Reports;

/// <summary>Reads and writes <c>report.yaml</c> (snake_case keys; sample lists on one line each).</summary>
public static class ReportYaml
{
    /// <summary>The schema version this build writes and the only one it reads.</summary>
    public const int CurrentSchema = 1;

    /// <summary>The conventional file name inside a run's output directory.</summary>
    public const string FileName = "report.yaml";

    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .WithEventEmitter(next => new FlowNumberListEmitter(next))
        .Build();

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>The report as YAML text.</summary>
    public static string Write(PerfReport report) => Serializer.Serialize(report);

    /// <summary>Any object (e.g. a comparison) in the same YAML conventions as a report.</summary>
    internal static string WriteObject(object value) => Serializer.Serialize(value);

    /// <summary>Parses YAML in the same conventions into a <typeparamref name="T"/> (e.g. a profile manifest).</summary>
    internal static T ReadObject<T>(string yaml)
    {
        try
        {
            return Deserializer.Deserialize<T>(yaml) ?? throw new InvalidDataException("The file is empty.");
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"Not a {typeof(T).Name}: {e.Message}", e);
        }
    }

    /// <summary>Parses YAML text into a report; throws <see cref="InvalidDataException"/> for an unknown schema.</summary>
    public static PerfReport Read(string yaml)
    {
        PerfReport report;
        try
        {
            report = Deserializer.Deserialize<PerfReport>(yaml) ?? throw new InvalidDataException("The report is empty.");
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"Not a report: {e.Message}", e);
        }
        if (report.Schema != CurrentSchema)
        {
            throw new InvalidDataException($"Report schema {report.Schema} is not supported (this tool reads schema {CurrentSchema}).");
        }
        return report;
    }

    /// <summary>Reads a report file.</summary>
    public static PerfReport ReadFile(string path) => Read(File.ReadAllText(path));

    /// <summary>Writes a report file, replacing any that is there.</summary>
    public static void WriteFile(string path, PerfReport report) => File.WriteAllText(path, Write(report));

    // Per-iteration samples are dozens of numbers: one line reads better than one line each.
    private sealed class FlowNumberListEmitter(IEventEmitter next) : ChainedEventEmitter(next)
    {
        public override void Emit(SequenceStartEventInfo eventInfo, IEmitter emitter)
        {
            if (eventInfo.Source.Type == typeof(List<double>) || eventInfo.Source.Type == typeof(List<string>))
            {
                eventInfo.Style = SequenceStyle.Flow;
            }
            base.Emit(eventInfo, emitter);
        }
    }
}
