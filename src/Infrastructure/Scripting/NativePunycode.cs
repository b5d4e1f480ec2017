using System.Text;
using System.Text.RegularExpressions;
using Jint.Native;
using Jint.Runtime;

namespace Invoke.Infrastructure.Scripting;

/// <summary>
/// The native half of <c>punycode</c>: RFC 3492's Bootstring with its Punycode parameters. IdnMapping is not used
/// because Node's module applies no IDNA mapping: it keeps case and validates nothing, it only codes labels.
/// Code points are counted as JavaScript does, so a lone surrogate is one code point, as in Node.
/// </summary>
internal static partial class NativePunycode
{
    private const int Base = 36;
    private const int TMin = 1;
    private const int TMax = 26;
    private const int Skew = 38;
    private const int Damp = 700;
    private const int InitialBias = 72;
    private const int InitialN = 128;
    private const string AcePrefix = "xn--";

    public static JsObject Create(SandboxEngine sandbox)
    {
        var engine = sandbox.Engine;
        var punycode = new JsObject(engine);
        SandboxEngine.Add(punycode, "encode", (_, a) => Guarded(engine, () => Encode(SandboxEngine.Text(a, 0))));
        SandboxEngine.Add(punycode, "decode", (_, a) => Guarded(engine, () => Decode(SandboxEngine.Text(a, 0))));
        SandboxEngine.Add(punycode, "toASCII", (_, a) => Guarded(engine, () => MapLabels(SandboxEngine.Text(a, 0),
            label => label.Any(c => c >= 0x80) ? AcePrefix + Encode(label) : label)));
        SandboxEngine.Add(punycode, "toUnicode", (_, a) => Guarded(engine, () => MapLabels(SandboxEngine.Text(a, 0),
            label => label.StartsWith(AcePrefix, StringComparison.Ordinal) ? Decode(label[AcePrefix.Length..].ToLowerInvariant()) : label)));
        return punycode;
    }

    /// <summary>
    /// Node's failures, with punycode's own messages (and String.fromCodePoint's for a code point beyond Unicode); the
    /// JavaScript half rethrows them as the RangeErrors they are in Node.
    /// </summary>
    private sealed class PunycodeException(string message) : Exception(message);

    private static JsValue Guarded(Jint.Engine engine, Func<string> body)
    {
        try
        {
            return body();
        }
        catch (PunycodeException failure)
        {
            throw new JavaScriptException(engine.Intrinsics.Error, failure.Message);
        }
    }

    [GeneratedRegex("[\u002E\u3002\uFF0E\uFF61]")]
    private static partial Regex LabelSeparators();

    /// <summary>Codes each label of a domain; in an e-mail address only the part after the first <c>@</c>.</summary>
    private static string MapLabels(string domain, Func<string, string> label)
    {
        var at = domain.IndexOf('@');
        var local = at < 0 ? "" : domain[..(at + 1)];
        var labels = LabelSeparators().Replace(at < 0 ? domain : domain[(at + 1)..], ".").Split('.');
        return local + string.Join('.', labels.Select(label));
    }

    private static string Encode(string text)
    {
        var input = CodePoints(text);
        var output = new StringBuilder();
        foreach (var c in input.Where(c => c < 0x80))
        {
            output.Append((char)c);
        }

        var basicCount = output.Length;
        var handled = basicCount;
        if (basicCount > 0)
        {
            output.Append('-');
        }

        long n = InitialN;
        long delta = 0;
        var bias = InitialBias;
        while (handled < input.Count)
        {
            var next = input.Where(c => c >= n).Min();
            delta = Checked(delta + (next - n) * (handled + 1));
            n = next;
            foreach (var c in input)
            {
                if (c < n)
                {
                    delta = Checked(delta + 1);
                }

                if (c != n)
                {
                    continue;
                }

                var q = delta;
                for (var k = Base; ; k += Base)
                {
                    var t = Threshold(k, bias);
                    if (q < t)
                    {
                        break;
                    }

                    output.Append(Digit(t + (int)((q - t) % (Base - t))));
                    q = (q - t) / (Base - t);
                }

                output.Append(Digit((int)q));
                bias = Adapt(delta, handled + 1, handled == basicCount);
                delta = 0;
                handled++;
            }

            delta++;
            n++;
        }

        return output.ToString();
    }

    private static string Decode(string input)
    {
        var output = new List<int>();
        var basicEnd = Math.Max(input.LastIndexOf('-'), 0);
        for (var j = 0; j < basicEnd; j++)
        {
            if (input[j] >= 0x80)
            {
                throw new PunycodeException("Illegal input >= 0x80 (not a basic code point)");
            }

            output.Add(input[j]);
        }

        long n = InitialN;
        long i = 0;
        var bias = InitialBias;
        for (var index = basicEnd > 0 ? basicEnd + 1 : 0; index < input.Length;)
        {
            var previous = i;
            long weight = 1;
            for (var k = Base; ; k += Base)
            {
                var digit = index < input.Length ? DigitValue(input[index++]) : Base;
                if (digit >= Base)
                {
                    throw new PunycodeException("Invalid input");
                }

                i = Checked(i + digit * weight);
                var t = Threshold(k, bias);
                if (digit < t)
                {
                    break;
                }

                weight = Checked(weight * (Base - t));
            }

            var count = output.Count + 1;
            bias = Adapt(i - previous, count, previous == 0);
            n = Checked(n + i / count);
            i %= count;
            output.Insert((int)i++, (int)n);
        }

        var text = new StringBuilder();
        foreach (var c in output)
        {
            if (c > 0x10ffff)
            {
                throw new PunycodeException($"Invalid code point {c}");
            }

            if (c > 0xffff)
            {
                text.Append(char.ConvertFromUtf32(c));
            }
            else
            {
                text.Append((char)c);
            }
        }

        return text.ToString();
    }

    private static List<int> CodePoints(string text)
    {
        var points = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                points.Add(char.ConvertToUtf32(text[i], text[++i]));
            }
            else
            {
                points.Add(text[i]);
            }
        }

        return points;
    }

    /// <summary>Node's module works in 32-bit integers and refuses what would overflow them.</summary>
    private static long Checked(long value) =>
        value > int.MaxValue ? throw new PunycodeException("Overflow: input needs wider integers to process") : value;

    private static int Threshold(int k, int bias) => k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;

    private static char Digit(int d) => (char)(d < 26 ? 'a' + d : '0' + d - 26);

    private static int DigitValue(char c) =>
        c is >= '0' and <= '9' ? c - '0' + 26 : c is >= 'A' and <= 'Z' ? c - 'A' : c is >= 'a' and <= 'z' ? c - 'a' : Base;

    private static int Adapt(long delta, int count, bool first)
    {
        delta = first ? delta / Damp : delta / 2;
        delta += delta / count;
        var k = 0;
        while (delta > (Base - TMin) * TMax / 2)
        {
            delta /= Base - TMin;
            k += Base;
        }

        return (int)(k + (Base - TMin + 1) * delta / (delta + Skew));
    }
}
