using System.Text;
using System.Text.RegularExpressions;

namespace Invoke.Domain.ApiGateway;

/// <summary>
/// A route path compiled the way the original gateway compiles it: path-to-regexp 6.3
/// <c>match(path, {decode: decodeURIComponent, end: false})</c>, so case-insensitive, trailing slash optional and a
/// prefix match that stops at <c>/</c>, <c>#</c>, <c>?</c> or the end. The grammar, the regular expression built from
/// it and the error messages follow that library, checked against it by the differential tests. Paths without
/// parameters skip the regular expression: they are the common case and a string comparison gives the same answer.
/// </summary>
public sealed record RoutePattern
{
    private const string Delimiters = "/#?";
    private const string DelimiterClass = @"[\/#\?]";
    private const string Prefixes = "./";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string? _literal;
    private readonly bool _literalEndsWithDelimiter;
    private readonly Regex? _regex;
    private readonly string _regexPrefix;
    private readonly Parameter[] _parameters;

    private RoutePattern(string path, string? literal, Regex? regex, Parameter[] parameters, string regexPrefix = "")
    {
        Path = path;
        _regexPrefix = regexPrefix;
        _literal = literal;
        _literalEndsWithDelimiter = literal is not null && (literal.Length == 0 || Delimiters.Contains(literal[^1]));
        _regex = regex;
        _parameters = parameters;
    }

    public string Path { get; }

    /// <summary>Checks a route path; the regular expression is interpreted, which is cheap to build.</summary>
    /// <exception cref="RoutePatternException">The path is not valid path-to-regexp 6 syntax.</exception>
    public static RoutePattern Parse(string path) => Build(path, RegexOptions.None);

    /// <summary>As <see cref="Parse"/>, with the regular expression compiled to IL for a route that serves requests.</summary>
    public static RoutePattern Compile(string path) => Build(path, RegexOptions.Compiled);

    /// <summary>Matches the start of a raw (percent-encoded) request path.</summary>
    /// <returns>Null when the route does not match.</returns>
    /// <exception cref="MalformedPathEncodingException">A parameter's value is not valid percent-encoded UTF-8.</exception>
    public RouteMatch? Match(string rawPath)
    {
        if (_literal is not null)
        {
            var length = LiteralMatchLength(rawPath);
            return length < 0 ? null : new RouteMatch(length, []);
        }

        // Most paths fail on the text before the first parameter: a string comparison spares the regular expression.
        if (_regexPrefix.Length > 0 && !rawPath.StartsWith(_regexPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var match = _regex!.Match(rawPath);
        if (!match.Success)
        {
            return null;
        }

        var parameters = new List<KeyValuePair<string, string>>(_parameters.Length);
        for (var group = 1; group < match.Groups.Count && group <= _parameters.Length; group++)
        {
            if (match.Groups[group] is { Success: true } captured)
            {
                var parameter = _parameters[group - 1];
                parameters.Add(new(parameter.Name, parameter.Repeated
                    ? string.Join(',', captured.Value.Split(parameter.Separator).Select(DecodeComponent))
                    : DecodeComponent(captured.Value)));
            }
        }

        return new RouteMatch(match.Length, parameters);
    }

    /// <summary>JavaScript's <c>decodeURIComponent</c>: <c>+</c> stays, malformed escapes and invalid UTF-8 throw.</summary>
    public static string DecodeComponent(string value)
    {
        if (!value.Contains('%'))
        {
            return value;
        }

        var result = new StringBuilder(value.Length);
        var bytes = new List<byte>();
        for (var i = 0; i < value.Length;)
        {
            if (value[i] != '%')
            {
                result.Append(value[i++]);
                continue;
            }

            bytes.Clear();
            while (i < value.Length && value[i] == '%')
            {
                if (i + 2 >= value.Length || !IsHex(value[i + 1]) || !IsHex(value[i + 2]))
                {
                    throw new MalformedPathEncodingException();
                }

                bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                i += 3;
            }

            try
            {
                result.Append(StrictUtf8.GetString([.. bytes]));
            }
            catch (DecoderFallbackException)
            {
                throw new MalformedPathEncodingException();
            }
        }

        return result.ToString();
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private int LiteralMatchLength(string rawPath)
    {
        var literal = _literal!;
        if (!rawPath.StartsWith(literal, StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        var rest = rawPath.Length - literal.Length;
        if (rest == 1 && Delimiters.Contains(rawPath[^1]))
        {
            return rawPath.Length;
        }

        return rest == 0 || _literalEndsWithDelimiter || Delimiters.Contains(rawPath[literal.Length]) ? literal.Length : -1;
    }

    private static RoutePattern Build(string path, RegexOptions options)
    {
        var tokens = Parser.Parse(path);
        if (tokens is [] or [string])
        {
            return new RoutePattern(path, tokens is [string text] ? text : "", null, []);
        }

        var (source, parameters) = ToRegex(tokens);
        try
        {
            var regex = new Regex(source, options | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
            // Only ASCII text, where ordinal and the expression's invariant case-insensitivity agree.
            var prefix = tokens[0] is string text && text.All(char.IsAscii) ? text : "";
            return new RoutePattern(path, null, regex, parameters, prefix);
        }
        catch (ArgumentException exception)
        {
            throw new RoutePatternException($"Invalid regular expression: {exception.Message}");
        }
    }

    // path-to-regexp's tokensToRegexp with strict=false, start=true, end=false, endsWith="" ("$" becomes \z, so that
    // a trailing newline is not taken for the end as .NET's "$" would).
    private static (string Source, Parameter[] Parameters) ToRegex(IReadOnlyList<object> tokens)
    {
        var route = new StringBuilder("^");
        var parameters = new List<Parameter>();
        foreach (var token in tokens)
        {
            if (token is string text)
            {
                route.Append(Escape(text));
                continue;
            }

            var key = (Key)token;
            var prefix = Escape(key.Prefix);
            var suffix = Escape(key.Suffix);
            if (key.Pattern.Length == 0)
            {
                route.Append($"(?:{prefix}{suffix}){key.Modifier}");
                continue;
            }

            var repeated = key.Modifier is "+" or "*";
            parameters.Add(new Parameter(key.Name, repeated, key.Prefix + key.Suffix));
            if (prefix.Length > 0 || suffix.Length > 0)
            {
                route.Append(repeated
                    ? $"(?:{prefix}((?:{key.Pattern})(?:{suffix}{prefix}(?:{key.Pattern}))*){suffix}){(key.Modifier == "*" ? "?" : "")}"
                    : $"(?:{prefix}({key.Pattern}){suffix}){key.Modifier}");
            }
            else if (repeated)
            {
                throw new RoutePatternException($"Can not repeat \"{key.Name}\" without a prefix and suffix");
            }
            else
            {
                route.Append($"({key.Pattern}){key.Modifier}");
            }
        }

        var endsWithDelimiter = tokens[^1] is string last && Delimiters.Contains(last[^1]);
        route.Append($@"(?:{DelimiterClass}(?=\z))?");
        if (!endsWithDelimiter)
        {
            route.Append($@"(?={DelimiterClass}|\z)");
        }

        return (route.ToString(), [.. parameters]);
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (@".+*?=^!:${}()[]|/\".Contains(c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private sealed record Parameter(string Name, bool Repeated, string Separator);

    private sealed record Key(string Name, string Prefix, string Suffix, string Pattern, string Modifier);

    private enum TokenType
    {
        Modifier,
        EscapedChar,
        Open,
        Close,
        Name,
        Pattern,
        Char,
        End,
    }

    private sealed record Token(TokenType Type, int Index, string Value);

    /// <summary>path-to-regexp 6.3's lexer and parser with prefixes "./" and delimiter "/#?".</summary>
    private sealed record Parser
    {
        private readonly List<Token> _tokens;
        private readonly List<object> _result = [];
        private int _position;
        private int _unnamedKey;

        private Parser(List<Token> tokens) => _tokens = tokens;

        public static IReadOnlyList<object> Parse(string path) => new Parser(Lex(path)).ParseTokens();

        private static List<Token> Lex(string text)
        {
            var tokens = new List<Token>();
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                switch (c)
                {
                    case '*' or '+' or '?':
                        tokens.Add(new Token(TokenType.Modifier, i, text[i++].ToString()));
                        continue;
                    case '\\':
                        // As in JavaScript, a trailing backslash escapes nothing ("undefined"), which ends the text.
                        tokens.Add(new Token(TokenType.EscapedChar, i, i + 1 < text.Length ? text[i + 1].ToString() : ""));
                        i += 2;
                        continue;
                    case '{':
                        tokens.Add(new Token(TokenType.Open, i, text[i++].ToString()));
                        continue;
                    case '}':
                        tokens.Add(new Token(TokenType.Close, i, text[i++].ToString()));
                        continue;
                    case ':':
                        var nameEnd = i + 1;
                        while (nameEnd < text.Length && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] == '_'))
                        {
                            nameEnd++;
                        }

                        if (nameEnd == i + 1)
                        {
                            throw new RoutePatternException($"Missing parameter name at {i}");
                        }

                        tokens.Add(new Token(TokenType.Name, i, text[(i + 1)..nameEnd]));
                        i = nameEnd;
                        continue;
                    case '(':
                        i = LexPattern(text, i, tokens);
                        continue;
                    default:
                        tokens.Add(new Token(TokenType.Char, i, text[i++].ToString()));
                        continue;
                }
            }

            tokens.Add(new Token(TokenType.End, i, ""));
            return tokens;
        }

        private static int LexPattern(string text, int start, List<Token> tokens)
        {
            var count = 1;
            var pattern = new StringBuilder();
            var j = start + 1;
            if (j < text.Length && text[j] == '?')
            {
                throw new RoutePatternException($"Pattern cannot start with \"?\" at {j}");
            }

            while (j < text.Length)
            {
                if (text[j] == '\\')
                {
                    pattern.Append(text, j, Math.Min(2, text.Length - j));
                    j += 2;
                    continue;
                }

                if (text[j] == ')')
                {
                    count--;
                    if (count == 0)
                    {
                        j++;
                        break;
                    }
                }
                else if (text[j] == '(')
                {
                    count++;
                    if (j + 1 >= text.Length || text[j + 1] != '?')
                    {
                        throw new RoutePatternException($"Capturing groups are not allowed at {j}");
                    }
                }

                pattern.Append(text[j++]);
            }

            if (count != 0)
            {
                throw new RoutePatternException($"Unbalanced pattern at {start}");
            }

            if (pattern.Length == 0)
            {
                throw new RoutePatternException($"Missing pattern at {start}");
            }

            tokens.Add(new Token(TokenType.Pattern, start, pattern.ToString()));
            return j;
        }

        private IReadOnlyList<object> ParseTokens()
        {
            var path = new StringBuilder();
            while (_position < _tokens.Count)
            {
                var character = TryConsume(TokenType.Char);
                var name = TryConsume(TokenType.Name);
                var pattern = TryConsume(TokenType.Pattern);
                if (name is not null || pattern is not null)
                {
                    var prefix = character ?? "";
                    if (!Prefixes.Contains(prefix, StringComparison.Ordinal))
                    {
                        path.Append(prefix);
                        prefix = "";
                    }

                    FlushText(path);
                    _result.Add(new Key(
                        name ?? (_unnamedKey++).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        prefix,
                        "",
                        pattern ?? SafePattern(prefix),
                        TryConsume(TokenType.Modifier) ?? ""));
                    continue;
                }

                var value = character ?? TryConsume(TokenType.EscapedChar);
                if (!string.IsNullOrEmpty(value))
                {
                    path.Append(value);
                    continue;
                }

                FlushText(path);
                if (TryConsume(TokenType.Open) is not null)
                {
                    var prefix = ConsumeText();
                    var groupName = TryConsume(TokenType.Name) ?? "";
                    var groupPattern = TryConsume(TokenType.Pattern) ?? "";
                    var suffix = ConsumeText();
                    MustConsume(TokenType.Close);
                    _result.Add(new Key(
                        groupName.Length > 0 ? groupName : groupPattern.Length > 0 ? (_unnamedKey++).ToString(System.Globalization.CultureInfo.InvariantCulture) : "",
                        prefix,
                        suffix,
                        groupName.Length > 0 && groupPattern.Length == 0 ? SafePattern(prefix) : groupPattern,
                        TryConsume(TokenType.Modifier) ?? ""));
                    continue;
                }

                MustConsume(TokenType.End);
            }

            return _result;
        }

        private void FlushText(StringBuilder path)
        {
            if (path.Length > 0)
            {
                _result.Add(path.ToString());
                path.Clear();
            }
        }

        private string? TryConsume(TokenType type) =>
            _position < _tokens.Count && _tokens[_position].Type == type ? _tokens[_position++].Value : null;

        private void MustConsume(TokenType type)
        {
            if (TryConsume(type) is null)
            {
                var next = _tokens[_position];
                throw new RoutePatternException($"Unexpected {TypeName(next.Type)} at {next.Index}, expected {TypeName(type)}");
            }
        }

        private static string TypeName(TokenType type) => type switch
        {
            TokenType.EscapedChar => "ESCAPED_CHAR",
            _ => type.ToString().ToUpperInvariant(),
        };

        private string ConsumeText()
        {
            var text = new StringBuilder();
            while ((TryConsume(TokenType.Char) ?? TryConsume(TokenType.EscapedChar)) is { Length: > 0 } value)
            {
                text.Append(value);
            }

            return text.ToString();
        }

        private string SafePattern(string prefix)
        {
            var previous = _result.Count > 0 ? _result[^1] : null;
            var previousText = prefix.Length > 0 ? prefix : previous as string ?? "";
            if (previous is not null && previousText.Length == 0)
            {
                throw new RoutePatternException(
                    $"Must have text between two parameters, missing text after \"{((Key)previous).Name}\"");
            }

            return previousText.Length == 0 || previousText.Any(Delimiters.Contains)
                ? $"[^{Escape(Delimiters)}]+?"
                : $"(?:(?!{Escape(previousText)})[^{Escape(Delimiters)}])+?";
        }
    }
}

/// <param name="Length">How many characters of the raw path the route consumed; the rest is the function's path.</param>
/// <param name="Parameters">Decoded values by name (unnamed groups are numbered from 0); repeated ones comma-joined.</param>
public sealed record RouteMatch(int Length, IReadOnlyList<KeyValuePair<string, string>> Parameters);

/// <summary>A route path path-to-regexp 6 would refuse; the message is the library's.</summary>
public sealed class RoutePatternException(string message) : Common.DomainException(message);

/// <summary>A request path whose parameter is not valid percent-encoded UTF-8 (JavaScript's URIError).</summary>
public sealed class MalformedPathEncodingException() : Common.DomainException("URI malformed");
