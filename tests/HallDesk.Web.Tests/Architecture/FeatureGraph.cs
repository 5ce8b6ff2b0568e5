using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;

namespace HallDesk.Web.Tests.Architecture;

/// <summary>
/// Which feature of HallDesk.Web uses which, read from the compiled assembly: signatures, base types, attributes and
/// every type, method and field a method body names (lambdas, async state machines and Razor's render trees included).
/// Reading IL rather than `using` lines also catches what a text scan misses: names brought in by an _Imports.razor
/// and partly qualified names such as `Manager.StaffActor` written inside another feature's namespace. The source adds
/// what the compiler inlines away (a constant such as `QueueApi.MaxTicketBodyBytes` leaves no trace in IL).
/// </summary>
public sealed partial class FeatureGraph
{
    public const string Prefix = "HallDesk.Web.Features.";

    private static readonly Dictionary<short, OperandType> Operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    private readonly Dictionary<(string From, string To), SortedSet<string>> _edges = [];

    private FeatureGraph()
    {
    }

    /// <summary>Each edge (from, to) with a few of the types of <c>from</c> that name <c>to</c>, for the failure message.</summary>
    public IReadOnlyDictionary<(string From, string To), SortedSet<string>> Edges => _edges;

    public IEnumerable<string> Features => _edges.Keys.SelectMany(e => new[] { e.From, e.To }).Distinct().Order(StringComparer.Ordinal);

    public static FeatureGraph Of(Assembly assembly, string webProject)
    {
        var graph = new FeatureGraph();
        foreach (var file in SourceFiles(Path.Combine(webProject, "Features")))
        {
            var parts = Path.GetRelativePath(Path.Combine(webProject, "Features"), file).Split(Path.DirectorySeparatorChar);
            if (parts.Length > 1)
            {
                foreach (var to in Mentions(file).Where(to => to != parts[0]))
                {
                    graph.Add(parts[0], to, Path.GetFileName(file));
                }
            }
        }

        foreach (var type in assembly.GetTypes())
        {
            var from = FeatureOf(type);
            if (from is null)
            {
                continue;
            }

            foreach (var used in Uses(type))
            {
                var to = FeatureOf(used);
                if (to is not null && to != from)
                {
                    graph.Add(from, to, Outermost(type).Name);
                }
            }
        }

        return graph;
    }

    /// <summary>The .cs and .razor files under a folder, without build output.</summary>
    public static IEnumerable<string> SourceFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(d => d is "bin" or "obj"));

    /// <summary>The features a source file names in full: <c>using HallDesk.Web.Features.X</c>, <c>@inject HallDesk.Web.Features.X.Y</c>.</summary>
    public static IEnumerable<string> Mentions(string file) =>
        FeatureName().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).Distinct();

    /// <summary>The feature a type belongs to: the first segment after HallDesk.Web.Features.</summary>
    public static string? FeatureOf(Type type)
    {
        var ns = Outermost(type).Namespace;
        if (ns is null || !ns.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = ns[Prefix.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    /// <summary>The features a type (with its nested lambdas and state machines) names.</summary>
    public static IReadOnlyList<string> FeaturesUsedBy(Type type) =>
        type.Assembly.GetTypes().Where(t => Outermost(t) == type).SelectMany(Uses).Select(FeatureOf).OfType<string>().Distinct().ToList();

    public bool DependsOn(string from, string to) => _edges.ContainsKey((from, to));

    /// <summary>Features that reach each other (directly or around a longer loop): the strongly connected groups of two or more.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var features = Features.ToList();
        var reach = features.ToDictionary(f => f, Reachable);
        return features
            .Select(f => (IReadOnlyList<string>)features.Where(g => reach[f].Contains(g) && reach[g].Contains(f)).ToList())
            .Where(group => group.Count > 1)
            .DistinctBy(group => string.Join(",", group))
            .ToList();
    }

    public string Describe(IEnumerable<string> features)
    {
        var set = features.ToHashSet();
        return string.Join(Environment.NewLine, _edges
            .Where(e => set.Contains(e.Key.From) && set.Contains(e.Key.To))
            .OrderBy(e => e.Key.From, StringComparer.Ordinal).ThenBy(e => e.Key.To, StringComparer.Ordinal)
            .Select(e => $"  {e.Key.From} -> {e.Key.To}: {string.Join(", ", e.Value.Take(6))}"));
    }

    private void Add(string from, string to, string by)
    {
        if (!_edges.TryGetValue((from, to), out var names))
        {
            _edges[(from, to)] = names = new SortedSet<string>(StringComparer.Ordinal);
        }

        names.Add(by);
    }

    [GeneratedRegex(@"HallDesk\.Web\.Features\.(\w+)")]
    private static partial Regex FeatureName();

    private HashSet<string> Reachable(string start)
    {
        var seen = new HashSet<string>();
        var next = new Stack<string>([start]);
        while (next.TryPop(out var f))
        {
            foreach (var to in _edges.Keys.Where(e => e.From == f).Select(e => e.To))
            {
                if (seen.Add(to))
                {
                    next.Push(to);
                }
            }
        }

        return seen;
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> Uses(Type type)
    {
        var found = new List<Type>();
        Add(found, type.BaseType);
        found.AddRange(type.GetInterfaces());
        found.AddRange(type.GetCustomAttributesData().Select(a => a.AttributeType));
        foreach (var field in type.GetFields(Declared))
        {
            Add(found, field.FieldType);
        }

        foreach (var property in type.GetProperties(Declared))
        {
            Add(found, property.PropertyType);
            found.AddRange(property.GetCustomAttributesData().Select(a => a.AttributeType));
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                Add(found, info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Add(found, parameter.ParameterType);
            }

            foreach (var local in method.GetMethodBody()?.LocalVariables ?? [])
            {
                Add(found, local.LocalType);
            }

            found.AddRange(BodyUses(method));
        }

        return found.SelectMany(Unwrap);
    }

    private static void Add(List<Type> found, Type? type)
    {
        if (type is not null)
        {
            found.Add(type);
        }
    }

    /// <summary>A type with its element and generic argument types: <c>List&lt;Queue.Ticket&gt;[]</c> names Queue too.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.HasElementType)
        {
            return Unwrap(type.GetElementType()!);
        }

        return type.IsGenericType && !type.IsGenericTypeDefinition
            ? type.GetGenericArguments().SelectMany(Unwrap).Prepend(type.GetGenericTypeDefinition())
            : [type];
    }

    /// <summary>The types a method body names: walks the IL and resolves each type, method, field and token operand.</summary>
    private static List<Type> BodyUses(MethodBase method)
    {
        var found = new List<Type>();
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return found;
        }

        var typeArgs = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            short code = il[at++];
            if (code == 0xFE)
            {
                code = (short)(0xFE00 | il[at++]);
            }

            var operand = Operands[code];
            switch (operand)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var member = method.Module.ResolveMember(BitConverter.ToInt32(il, at), typeArgs, methodArgs);
                    switch (member)
                    {
                        case Type t:
                            found.Add(t);
                            break;
                        case MethodInfo m:
                            Add(found, m.DeclaringType);
                            found.AddRange(m.IsGenericMethod ? m.GetGenericArguments() : []);
                            break;
                        case MemberInfo m:
                            Add(found, m.DeclaringType);
                            break;
                    }

                    at += 4;
                    break;
                case OperandType.InlineSwitch:
                    at += 4 + (4 * BitConverter.ToInt32(il, at));
                    break;
                default:
                    at += Size(operand);
                    break;
            }
        }

        return found;
    }

    private static int Size(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };
}
