using System.Reflection;
using System.Reflection.Emit;

namespace AlnDecisions.Rules.Facts;

/// <summary>
/// The types rule expressions are parsed against, made at start-up from the fact model: a class per
/// level of the fact tree (<c>learner</c>, <c>learner.needs</c>, <c>age</c>, ...) with a property per
/// fact. They exist only so the expression parser can type <c>learner.needs.solelyLanguageOfHome</c>;
/// evaluation never makes an instance of them (it reads a vector of values), except to give raw
/// RulesEngine the same facts in benchmarks and agreement tests.
/// </summary>
internal sealed class RuleFacingTypes
{
    private readonly Dictionary<string, Type> _byPath = new(StringComparer.Ordinal);
    private readonly FactModel _model;

    public RuleFacingTypes(FactModel model)
    {
        _model = model;
        var assembly = AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("AlnDecisions.RuleFacingFacts"), AssemblyBuilderAccess.Run);
        var module = assembly.DefineDynamicModule("AlnDecisions.RuleFacingFacts");
        var tree = new Node(string.Empty);
        foreach (var fact in model.Facts.Where(f => f.ClrType != typeof(object)))
        {
            var node = tree;
            var segments = fact.Path.Split('.');
            foreach (var segment in segments[..^1])
            {
                node = node.Child(segment);
            }

            node.Leaves.Add((segments[^1], fact));
        }

        Roots = tree.Children.ToDictionary(child => child.Name, child => Emit(module, child, child.Name), StringComparer.Ordinal);
    }

    /// <summary>The type of each root name expressions may start with (learner, age, decision, aln, idp).</summary>
    public IReadOnlyDictionary<string, Type> Roots { get; }

    /// <summary>The type at a path of the tree (e.g. learner.needs), for building instances.</summary>
    public Type At(string path) => _byPath[path];

    /// <summary>
    /// Objects of these types holding <paramref name="slots"/>' values, one per root: what raw
    /// RulesEngine is given when it runs the same workflows (benchmarks and the agreement test).
    /// </summary>
    public IReadOnlyDictionary<string, object> Instantiate(object?[] slots)
    {
        var made = new Dictionary<string, object>(StringComparer.Ordinal);
        object At(string path)
        {
            if (made.TryGetValue(path, out var existing))
            {
                return existing;
            }

            var instance = Activator.CreateInstance(_byPath[path])!;
            made[path] = instance;
            var dot = path.LastIndexOf('.');
            if (dot > 0)
            {
                _byPath[path[..dot]].GetProperty(path[(dot + 1)..])!.SetValue(At(path[..dot]), instance);
            }

            return instance;
        }

        foreach (var root in Roots.Keys)
        {
            At(root);
        }

        foreach (var fact in _model.Facts.Where(f => f.ClrType != typeof(object)))
        {
            var dot = fact.Path.LastIndexOf('.');
            var owner = fact.Path[..dot];
            _byPath[owner].GetProperty(fact.Path[(dot + 1)..])!.SetValue(At(owner), slots[fact.Index]);
        }

        return Roots.Keys.ToDictionary(root => root, root => made[root], StringComparer.Ordinal);
    }

    private Type Emit(ModuleBuilder module, Node node, string path)
    {
        var type = module.DefineType("Facts." + path, TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class);
        type.DefineDefaultConstructor(MethodAttributes.Public);
        foreach (var child in node.Children)
        {
            Property(type, child.Name, Emit(module, child, path + "." + child.Name));
        }

        foreach (var (name, fact) in node.Leaves)
        {
            Property(type, name, fact.ClrType);
        }

        var created = type.CreateType();
        _byPath[path] = created;
        return created;
    }

    private static void Property(TypeBuilder type, string name, Type propertyType)
    {
        var field = type.DefineField("_" + name, propertyType, FieldAttributes.Private);
        var property = type.DefineProperty(name, PropertyAttributes.None, propertyType, null);
        const MethodAttributes accessor = MethodAttributes.Public | MethodAttributes.SpecialName | MethodAttributes.HideBySig;

        var getter = type.DefineMethod("get_" + name, accessor, propertyType, Type.EmptyTypes);
        var il = getter.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldfld, field);
        il.Emit(OpCodes.Ret);
        property.SetGetMethod(getter);

        var setter = type.DefineMethod("set_" + name, accessor, null, [propertyType]);
        il = setter.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Stfld, field);
        il.Emit(OpCodes.Ret);
        property.SetSetMethod(setter);
    }

    private sealed class Node(string name)
    {
        public string Name { get; } = name;

        public List<Node> Children { get; } = [];

        public List<(string Name, RuleFact Fact)> Leaves { get; } = [];

        public Node Child(string segment)
        {
            var child = Children.FirstOrDefault(c => c.Name == segment);
            if (child is null)
            {
                child = new Node(segment);
                Children.Add(child);
            }

            return child;
        }
    }
}
