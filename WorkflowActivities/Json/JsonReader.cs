using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DualWrite.WorkflowActivities.Json;

/// <summary>
/// A strict JSON reader (RFC 8259: no comments, no trailing commas, no single quotes, no duplicate member names), small
/// enough to carry in an assembly that may depend on nothing but the SDK. It stops at the first syntax error and says
/// where it is, because nothing after a syntax error can be read reliably.
/// </summary>
public sealed class JsonReader
{
    private const int MaximumDepth = 64;
    private readonly string _text;
    private int _index;
    private int _line = 1;
    private int _lineStart;

    private JsonReader(string text)
    {
        _text = text;
    }

    public static JsonValue Parse(string text)
    {
        var reader = new JsonReader(text);
        reader.SkipWhitespace();
        if (reader.AtEnd)
        {
            throw reader.Error("The document is empty");
        }

        JsonValue root = reader.ReadValue("$", 0);
        reader.SkipWhitespace();
        return reader.AtEnd ? root : throw reader.Error("Unexpected text after the end of the document");
    }

    private bool AtEnd => _index >= _text.Length;

    private int Column => _index - _lineStart + 1;

    private JsonValue ReadValue(string path, int depth)
    {
        if (AtEnd)
        {
            throw Error("The document ends where a value was expected (truncated?)");
        }

        char c = _text[_index];
        return c switch
        {
            '{' => ReadObject(path, depth),
            '[' => ReadArray(path, depth),
            '"' => ReadStringValue(path),
            't' => ReadLiteral(path, "true", JsonKind.True),
            'f' => ReadLiteral(path, "false", JsonKind.False),
            'n' => ReadLiteral(path, "null", JsonKind.Null),
            _ when c == '-' || (c >= '0' && c <= '9') => ReadNumber(path),
            _ => throw Error($"Unexpected character '{c}' where a value was expected"),
        };
    }

    private JsonValue ReadObject(string path, int depth)
    {
        int line = _line, column = Column;
        Enter(depth);
        _index++;
        var members = new List<KeyValuePair<string, JsonValue>>();
        var names = new HashSet<string>();
        SkipWhitespace();
        if (TryConsume('}'))
        {
            return new JsonValue(JsonKind.Object, path, line, column, "", members);
        }

        while (true)
        {
            SkipWhitespace();
            if (AtEnd || _text[_index] != '"')
            {
                throw Error(AtEnd ? "The document ends inside an object (truncated?)" : "Expected a member name in double quotes");
            }

            int nameLine = _line, nameColumn = Column;
            string name = ReadString();
            if (!names.Add(name))
            {
                throw new JsonSyntaxException($"Member '{name}' appears twice in {path}", nameLine, nameColumn);
            }

            SkipWhitespace();
            Expect(':', "Expected ':' after a member name");
            SkipWhitespace();
            members.Add(new KeyValuePair<string, JsonValue>(name, ReadValue(path + "." + name, depth + 1)));
            SkipWhitespace();
            if (TryConsume('}'))
            {
                return new JsonValue(JsonKind.Object, path, line, column, "", members);
            }

            Expect(',', AtEnd ? "The document ends inside an object (truncated?)" : "Expected ',' or '}' after a member");
        }
    }

    private JsonValue ReadArray(string path, int depth)
    {
        int line = _line, column = Column;
        Enter(depth);
        _index++;
        var items = new List<JsonValue>();
        SkipWhitespace();
        if (TryConsume(']'))
        {
            return new JsonValue(JsonKind.Array, path, line, column, "", items: items);
        }

        while (true)
        {
            SkipWhitespace();
            items.Add(ReadValue(path + "[" + items.Count.ToString(CultureInfo.InvariantCulture) + "]", depth + 1));
            SkipWhitespace();
            if (TryConsume(']'))
            {
                return new JsonValue(JsonKind.Array, path, line, column, "", items: items);
            }

            Expect(',', AtEnd ? "The document ends inside an array (truncated?)" : "Expected ',' or ']' after an array item");
        }
    }

    private JsonValue ReadStringValue(string path)
    {
        int line = _line, column = Column;
        return new JsonValue(JsonKind.String, path, line, column, ReadString());
    }

    private string ReadString()
    {
        _index++;
        var value = new StringBuilder();
        while (true)
        {
            if (AtEnd)
            {
                throw Error("The document ends inside a string (truncated?)");
            }

            char c = _text[_index++];
            if (c == '"')
            {
                return value.ToString();
            }

            if (c < ' ')
            {
                _index--;
                throw Error("A control character must be escaped inside a string");
            }

            value.Append(c == '\\' ? ReadEscape() : c);
        }
    }

    private char ReadEscape()
    {
        if (AtEnd)
        {
            throw Error("The document ends inside a string (truncated?)");
        }

        char c = _text[_index++];
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                if (_index + 4 <= _text.Length && ushort.TryParse(_text.Substring(_index, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out ushort code))
                {
                    _index += 4;
                    return (char)code;
                }

                throw Error("Expected four hexadecimal digits after \\u");
            default:
                _index--;
                throw Error($"Unknown escape '\\{c}' in a string");
        }
    }

    private JsonValue ReadNumber(string path)
    {
        int line = _line, column = Column;
        int start = _index;
        TryConsume('-');
        if (TryConsume('0'))
        {
            // A leading zero stands alone.
        }
        else if (!ReadDigits())
        {
            throw Error("Expected a digit in a number");
        }

        if (TryConsume('.') && !ReadDigits())
        {
            throw Error("Expected a digit after the decimal point");
        }

        if (!AtEnd && (_text[_index] == 'e' || _text[_index] == 'E'))
        {
            _index++;
            if (!TryConsume('+'))
            {
                TryConsume('-');
            }

            if (!ReadDigits())
            {
                throw Error("Expected a digit in the exponent");
            }
        }

        if (!AtEnd && (char.IsLetterOrDigit(_text[_index]) || _text[_index] == '.'))
        {
            throw Error($"Unexpected character '{_text[_index]}' in a number");
        }

        return new JsonValue(JsonKind.Number, path, line, column, _text.Substring(start, _index - start));
    }

    private bool ReadDigits()
    {
        int start = _index;
        while (!AtEnd && _text[_index] >= '0' && _text[_index] <= '9')
        {
            _index++;
        }

        return _index > start;
    }

    private JsonValue ReadLiteral(string path, string literal, JsonKind kind)
    {
        int line = _line, column = Column;
        if (string.CompareOrdinal(_text, _index, literal, 0, literal.Length) != 0)
        {
            throw Error(_text.Length - _index < literal.Length && literal.StartsWith(_text.Substring(_index), System.StringComparison.Ordinal)
                ? "The document ends inside a literal (truncated?)"
                : "Unexpected text where a value was expected");
        }

        _index += literal.Length;
        return new JsonValue(kind, path, line, column, "");
    }

    private void Enter(int depth)
    {
        if (depth >= MaximumDepth)
        {
            throw Error($"Values are nested deeper than {MaximumDepth} levels");
        }
    }

    private bool TryConsume(char c)
    {
        if (!AtEnd && _text[_index] == c)
        {
            _index++;
            return true;
        }

        return false;
    }

    private void Expect(char c, string problem)
    {
        if (!TryConsume(c))
        {
            throw Error(problem);
        }
    }

    private void SkipWhitespace()
    {
        while (!AtEnd)
        {
            char c = _text[_index];
            if (c == '\n')
            {
                _line++;
                _lineStart = _index + 1;
            }
            else if (c != ' ' && c != '\t' && c != '\r')
            {
                return;
            }

            _index++;
        }
    }

    private JsonSyntaxException Error(string problem) => new(problem, _line, Column);
}
