using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace DualWrite.Tests.Sdk.ApiSurface;

/// <summary>
/// Writes a type or member in the notation of ../shared/reference/*-api.txt, so that what the stand-in
/// declares can be compared line by line with the official signatures.
/// </summary>
internal static class ApiSignature
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<Type, string> s_keywords = new()
    {
        [typeof(bool)] = "bool", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(char)] = "char",
        [typeof(decimal)] = "decimal", [typeof(double)] = "double", [typeof(float)] = "float", [typeof(int)] = "int",
        [typeof(uint)] = "uint", [typeof(long)] = "long", [typeof(ulong)] = "ulong", [typeof(short)] = "short",
        [typeof(ushort)] = "ushort", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(void)] = "void",
    };

    public static string TypeName(Type type)
    {
        if (type.IsByRef || type.IsPointer)
        {
            return TypeName(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return TypeName(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition && type.GetGenericTypeDefinition() == typeof(Nullable<>))
        {
            return TypeName(type.GetGenericArguments()[0]) + "?";
        }

        if (s_keywords.TryGetValue(type, out string? keyword))
        {
            return keyword;
        }

        string name = type.IsNested ? TypeName(type.DeclaringType!) + "." + WithoutArity(type.Name) : type.Namespace + "." + WithoutArity(type.Name);
        return type.IsGenericType ? name + "<" + string.Join(", ", type.GetGenericArguments().Select(TypeName)) + ">" : name;
    }

    /// <summary>"public sealed class Microsoft.Xrm.Sdk.Money": the type line without its bases.</summary>
    public static string TypeHead(Type type)
    {
        string access = type.IsPublic || type.IsNestedPublic ? "public" : "protected";
        string kind;
        string modifiers = "";
        if (type.IsInterface)
        {
            kind = "interface";
        }
        else if (type.IsEnum)
        {
            kind = "enum";
        }
        else if (type.IsValueType)
        {
            kind = "struct";
        }
        else if (typeof(MulticastDelegate).IsAssignableFrom(type.BaseType))
        {
            kind = "delegate";
        }
        else
        {
            kind = "class";
            modifiers = type.IsAbstract && type.IsSealed ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : "";
        }

        return $"{access} {modifiers}{kind} {TypeName(type)}";
    }

    /// <summary>The base class (or an enum's underlying type) the type line names first, if any.</summary>
    public static string? BaseName(Type type)
    {
        if (type.IsEnum)
        {
            return TypeName(Enum.GetUnderlyingType(type));
        }

        Type? baseType = type.BaseType;
        return baseType is null || baseType == typeof(object) || baseType == typeof(ValueType) ? null : TypeName(baseType);
    }

    /// <summary>
    /// The interfaces the type itself brings. Those inherited from a framework base class (Exception,
    /// Attribute, Collection&lt;T&gt;, Enum) differ between .NET Framework and .NET and say nothing about the stand-in.
    /// </summary>
    public static IEnumerable<string> OwnInterfaceNames(Type type, Func<Assembly, bool> isStandIn)
    {
        IEnumerable<Type> interfaces = type.GetInterfaces();
        for (Type? baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (!isStandIn(baseType.Assembly))
            {
                interfaces = interfaces.Except(baseType.GetInterfaces());
                break;
            }
        }

        return interfaces.Select(TypeName);
    }

    /// <summary>Every public or protected member the type declares, one line each, as "Type :: member".</summary>
    public static IEnumerable<string> MemberLines(Type type)
    {
        string owner = TypeName(type) + " :: ";
        foreach (ConstructorInfo ctor in type.GetConstructors(Declared).Where(c => !c.IsStatic && IsVisible(c)))
        {
            yield return owner + $"{Access(ctor)} .ctor({Parameters(ctor)})";
        }

        foreach (MethodInfo method in type.GetMethods(Declared).Where(m => IsVisible(m) && (!m.IsSpecialName || m.Name.StartsWith("op_", StringComparison.Ordinal))))
        {
            string generic = method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : "";
            yield return owner + $"{Access(method)} {Modifiers(method)}method {TypeName(method.ReturnType)} {method.Name}{generic}({Parameters(method)}){Constraints(method)}";
        }

        foreach (PropertyInfo property in type.GetProperties(Declared))
        {
            MethodInfo? getter = property.GetMethod is { } g && IsVisible(g) ? g : null;
            MethodInfo? setter = property.SetMethod is { } s && IsVisible(s) ? s : null;
            MethodInfo? accessor = getter ?? setter;
            if (accessor is null)
            {
                continue;
            }

            string access = getter is not null && getter.IsPublic || setter is not null && setter.IsPublic ? "public" : "protected";
            ParameterInfo[] index = property.GetIndexParameters();
            string name = index.Length > 0 ? "this[" + Parameters(index, extension: false) + "]" : property.Name;
            var accessors = new List<string>();
            if (getter is not null)
            {
                accessors.Add((Access(getter) == access ? "" : Access(getter) + " ") + "get;");
            }

            if (setter is not null)
            {
                accessors.Add((Access(setter) == access ? "" : Access(setter) + " ") + "set;");
            }

            yield return owner + $"{access} {Modifiers(accessor)}property {TypeName(property.PropertyType)} {name} {{ {string.Join(" ", accessors)} }}";
        }

        foreach (FieldInfo field in type.GetFields(Declared).Where(f => !f.IsSpecialName && (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly)))
        {
            if (type.IsEnum)
            {
                yield return owner + $"enum-value {field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), CultureInfo.InvariantCulture)}";
            }
            else if (field.IsLiteral)
            {
                yield return owner + $"{Access(field)} const field {TypeName(field.FieldType)} {field.Name} = {Literal(field.GetRawConstantValue())}";
            }
            else
            {
                string modifiers = (field.IsStatic ? "static " : "") + (field.IsInitOnly ? "readonly " : "");
                yield return owner + $"{Access(field)} {modifiers}field {TypeName(field.FieldType)} {field.Name}";
            }
        }

        foreach (EventInfo @event in type.GetEvents(Declared).Where(e => e.AddMethod is { } add && IsVisible(add)))
        {
            yield return owner + $"{Access(@event.AddMethod!)} {Modifiers(@event.AddMethod!)}event {TypeName(@event.EventHandlerType!)} {@event.Name}";
        }
    }

    private static bool IsVisible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static string Access(MethodBase method) => method.IsPublic ? "public" : "protected";

    private static string Access(FieldInfo field) => field.IsPublic ? "public" : "protected";

    private static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic)
        {
            return "static ";
        }

        if (method.DeclaringType!.IsInterface)
        {
            return "";
        }

        bool overrides = method.GetBaseDefinition() != method;
        if (method.IsAbstract)
        {
            return overrides ? "abstract override " : "abstract ";
        }

        if (!method.IsVirtual)
        {
            return "";
        }

        if (overrides)
        {
            return method.IsFinal ? "sealed override " : "override ";
        }

        // A final virtual method that overrides nothing is an interface implementation: not virtual in C#.
        return method.IsFinal ? "" : "virtual ";
    }

    private static string Parameters(MethodBase method) =>
        Parameters(method.GetParameters(), method.IsDefined(typeof(ExtensionAttribute), inherit: false));

    private static string Parameters(ParameterInfo[] parameters, bool extension) =>
        string.Join(", ", parameters.Select((p, i) => Parameter(p, extension && i == 0)));

    private static string Parameter(ParameterInfo parameter, bool isThis)
    {
        string prefix = isThis ? "this " : "";
        if (parameter.IsDefined(typeof(ParamArrayAttribute), inherit: false))
        {
            prefix += "params ";
        }

        if (parameter.ParameterType.IsByRef)
        {
            prefix += parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ";
        }

        string text = prefix + TypeName(parameter.ParameterType) + " " + parameter.Name;
        return parameter.HasDefaultValue ? text + " = " + Literal(parameter.RawDefaultValue) : text;
    }

    private static string Constraints(MethodInfo method)
    {
        if (!method.IsGenericMethodDefinition)
        {
            return "";
        }

        var clauses = new List<string>();
        foreach (Type argument in method.GetGenericArguments())
        {
            GenericParameterAttributes flags = argument.GenericParameterAttributes;
            bool isStruct = flags.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint);
            var parts = new List<string>();
            if (flags.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
            {
                parts.Add("class");
            }

            if (isStruct)
            {
                parts.Add("struct");
            }

            parts.AddRange(argument.GetGenericParameterConstraints().Where(c => !(isStruct && c == typeof(ValueType))).Select(TypeName));
            if (flags.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !isStruct)
            {
                parts.Add("new()");
            }

            if (parts.Count > 0)
            {
                clauses.Add($" where {argument.Name} : {string.Join(", ", parts)}");
            }
        }

        return string.Concat(clauses);
    }

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        char c => "'" + c + "'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private static string WithoutArity(string name)
    {
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }
}
