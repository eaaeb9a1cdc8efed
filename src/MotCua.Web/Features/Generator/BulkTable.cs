using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace MotCua.Web.Features.Generator;

/// <summary>
/// How the rows of one entity go to its table, read from the EF model (table and column names, value converters such
/// as the UTC instants and enums-as-text), so the bulk writers store exactly what EF would and follow the schema when it
/// changes. The database-generated key is written only when the generator chose the ids itself.
/// </summary>
public sealed class BulkTable<T> where T : class
{
    private static readonly ConcurrentDictionary<(IModel, bool), BulkTable<T>> Cache = new();

    public string Table { get; }
    public IReadOnlyList<string> Columns { get; }
    /// <summary>Binary COPY writers, one per column, typed (no boxing on the hot path).</summary>
    public IReadOnlyList<Action<NpgsqlBinaryImporter, T>> CopyWriters { get; }
    /// <summary>Provider values for prepared inserts (SQLite).</summary>
    public IReadOnlyList<Func<T, object>> Values { get; }

    private BulkTable(IEntityType entity, bool withKey)
    {
        Table = entity.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped to a table.");
        var store = StoreObjectIdentifier.Table(Table, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties;
        var properties = entity.GetProperties()
            .Where(p => withKey || !(key.Contains(p) && p.ValueGenerated != ValueGenerated.Never))
            .ToList();
        var shadow = properties.FirstOrDefault(p => p.IsShadowProperty());
        if (shadow is not null)
        {
            throw new InvalidOperationException($"{typeof(T).Name}.{shadow.Name} is a shadow property: the bulk writer cannot read it.");
        }
        Columns = properties.Select(p => p.GetColumnName(store)!).ToList();
        CopyWriters = properties.Select(CopyWriter).ToList();
        Values = properties.Select(ProviderValue).ToList();
    }

#pragma warning disable CA1000 // the table of T is looked up as BulkTable<T>.For: the natural place for it
    public static BulkTable<T> For(DbContext db, bool withKey) =>
        Cache.GetOrAdd((db.Model, withKey), k => new BulkTable<T>(
            k.Item1.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model."), k.Item2));
#pragma warning restore CA1000

    /// <summary>entity => the column's value as the provider stores it, or null, as a typed write to the importer.</summary>
    private static Action<NpgsqlBinaryImporter, T> CopyWriter(IProperty property)
    {
        var importer = Expression.Parameter(typeof(NpgsqlBinaryImporter), "importer");
        var entity = Expression.Parameter(typeof(T), "entity");
        var (hasValue, provider) = ProviderExpression(property, entity);
        var write = typeof(NpgsqlBinaryImporter).GetMethods()
            .Single(m => m.Name == nameof(NpgsqlBinaryImporter.Write) && m.IsGenericMethodDefinition && m.GetParameters().Length == 1)
            .MakeGenericMethod(provider.Type);
        var writeNull = typeof(NpgsqlBinaryImporter).GetMethod(nameof(NpgsqlBinaryImporter.WriteNull), Type.EmptyTypes)!;
        Expression body = hasValue is null
            ? Expression.Call(importer, write, provider)
            : Expression.IfThenElse(hasValue, Expression.Call(importer, write, provider), Expression.Call(importer, writeNull));
        return Expression.Lambda<Action<NpgsqlBinaryImporter, T>>(body, importer, entity).Compile();
    }

    private static Func<T, object> ProviderValue(IProperty property)
    {
        var entity = Expression.Parameter(typeof(T), "entity");
        var (hasValue, provider) = ProviderExpression(property, entity);
        Expression boxed = Expression.Convert(provider, typeof(object));
        var dbNull = Expression.Constant(DBNull.Value, typeof(object));
        var body = hasValue is null ? boxed : Expression.Condition(hasValue, boxed, dbNull);
        return Expression.Lambda<Func<T, object>>(body, entity).Compile();
    }

    /// <summary>(test for a value or null when the column cannot be null, the provider value when there is one).</summary>
    private static (Expression? HasValue, Expression Provider) ProviderExpression(IProperty property, ParameterExpression entity)
    {
        var member = property.PropertyInfo is { } pi ? Expression.Property(entity, pi)
            : Expression.Field(entity, property.FieldInfo ?? throw new InvalidOperationException($"{property.Name} has no CLR member."));
        var clr = member.Type;
        Expression? hasValue = null;
        Expression value = member;
        if (Nullable.GetUnderlyingType(clr) is { } underlying)
        {
            hasValue = Expression.Property(member, "HasValue");
            value = Expression.Property(member, "Value");
            clr = underlying;
        }
        else if (!clr.IsValueType)
        {
            hasValue = Expression.NotEqual(member, Expression.Constant(null, clr));
        }
        var converter = property.GetTypeMapping().Converter;
        if (converter is not null)
        {
            var convert = converter.ConvertToProviderExpression;
            var input = convert.Parameters[0].Type == value.Type ? value : Expression.Convert(value, convert.Parameters[0].Type);
            value = ReplaceParameter(convert, input);
        }
        return (hasValue, value);
    }

    private static Expression ReplaceParameter(LambdaExpression lambda, Expression with) =>
        new ParameterReplacer(lambda.Parameters[0], with).Visit(lambda.Body);

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
