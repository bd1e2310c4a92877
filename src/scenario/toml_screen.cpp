// The screen in front of toml++: a small lexer that follows TOML's strings and comments exactly as
// toml++ 3.3 does, so it knows where toml++ would look at a character with its whitespace
// functions. Those functions are undefined for many non-ASCII characters (U+0482, for one, reaches
// a "cannot happen" branch of is_non_ascii_horizontal_whitespace), so such characters may appear
// only where toml++ never classifies them. The argument, site by site, is in docs/reliability.md.
#include "scenario/toml_screen.h"

#include <cstdio>

namespace sb {

namespace {

struct Decoded {
    char32_t cp = 0;
    std::size_t length = 1;
    const char* error = nullptr;  // why the bytes are not UTF-8; null when they are
};

// One character of UTF-8 at `i`, strictly: no overlong forms, no encoded surrogates, nothing past
// U+10FFFF (toml++ would also refuse most of these; refusing them here keeps its decoder out of it).
Decoded DecodeUtf8(std::string_view s, std::size_t i) {
    const auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) return {b0, 1, nullptr};
    std::size_t more;
    char32_t cp, least;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        more = 1, cp = b0 & 0x1Fu, least = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        more = 2, cp = b0 & 0x0Fu, least = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        more = 3, cp = b0 & 0x07u, least = 0x10000;
    } else if (b0 == 0xC0 || b0 == 0xC1) {
        return {0, 1, "an overlong encoding (bytes 0xC0 and 0xC1 start no valid character)"};
    } else if (b0 <= 0xBF) {
        return {0, 1, "a continuation byte with no character to continue"};
    } else {
        return {0, 1, "a byte (0xF5 to 0xFF) that UTF-8 never uses"};
    }
    for (std::size_t k = 1; k <= more; ++k) {
        if (i + k >= s.size()) return {0, k, "a character cut short by the end of the file"};
        const auto b = static_cast<unsigned char>(s[i + k]);
        if ((b & 0xC0u) != 0x80u) return {0, k, "a character cut short (too few continuation bytes)"};
        cp = (cp << 6) | (b & 0x3Fu);
    }
    if (cp < least) return {0, more + 1, "an overlong encoding (a character written with more bytes than it needs)"};
    if (cp >= 0xD800 && cp <= 0xDFFF) return {0, more + 1, "an encoded surrogate (U+D800 to U+DFFF), which UTF-8 does not allow"};
    if (cp > 0x10FFFF) return {0, more + 1, "a code point beyond U+10FFFF"};
    return {cp, more + 1, nullptr};
}

// The control characters TOML never allows unescaped (tab, line feed and carriage return it does).
bool ForbiddenControl(char32_t c) { return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F; }

bool BareKeyChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

std::string CodePoint(char32_t c) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
    return buf;
}

// Characters people paste without seeing them get a name.
std::string Described(char32_t c) {
    std::string s = CodePoint(c);
    if (c == 0) s += " (NUL)";
    if (c == 0xA0) s += " (a no-break space)";
    if (c == 0xFEFF) s += " (a byte-order mark, allowed only at the very start of the file)";
    if ((c >= 0x2000 && c <= 0x200B) || c == 0x3000 || c == 0x202F || c == 0x205F) s += " (a Unicode space)";
    return s;
}

enum class Where { Plain, Comment, Basic, MultiBasic, Literal, MultiLiteral };

class Screen {
public:
    explicit Screen(std::string_view text) : text_(text) {}

    std::optional<ScreenProblem> Run() {
        // toml++ skips a byte-order mark at the start and counts columns after it.
        if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
        while (pos_ < text_.size() && !problem_) {
            const Decoded d = DecodeUtf8(text_, pos_);
            if (d.error) {
                char byte[8];
                std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text_[pos_])));
                Fail(std::string("the file is not valid UTF-8 here (byte ") + byte + ": " + d.error + "); save it as UTF-8");
                break;
            }
            if (ForbiddenControl(d.cp)) {
                Fail("control character " + Described(d.cp) +
                     " is not allowed: a scenario file is text, whose only control characters are tab, line feed and carriage return");
                break;
            }
            Step(d);
        }
        return problem_;
    }

private:
    void Step(const Decoded& d) {
        switch (where_) {
            case Where::Plain: return Plain(d);
            case Where::Comment:
                if (d.cp == '\n') Enter(Where::Plain);
                return Advance(d);
            case Where::Basic: return Basic(d);
            case Where::MultiBasic: return MultiBasic(d);
            case Where::Literal:
                if (d.cp == '\'' || d.cp == '\n') Enter(Where::Plain);  // toml++ stops at a line break in one
                return Advance(d);
            case Where::MultiLiteral:
                if (d.cp == '\'') return CloseMultiLine('\'');
                return Advance(d);
        }
    }

    // Outside strings and comments toml++ asks of nearly every character whether it is whitespace,
    // a value terminator or a bare-key character: only ASCII may be there.
    void Plain(const Decoded& d) {
        if (d.cp >= 0x80) {
            return Fail("character " + Described(d.cp) +
                        " is not allowed outside strings and comments: keys, numbers and punctuation are ASCII; other text "
                        "belongs in a quoted string or after #");
        }
        const char c = static_cast<char>(d.cp);
        const bool blank = c == ' ' || c == '\t' || c == '\r' || c == '\n';
        if (in_word_ && date_space_ == 2 && (blank || c == ',' || c == ']' || c == '}' || c == '#'))
            return Fail("after a date and a space, a time needs at least two digits (like 1979-05-27 07:32:00)");
        if (in_word_ && EndsWord(c)) in_word_ = false;
        if (in_word_ && AfterDateAndSeparator() && !(c >= '0' && c <= '9') && !blank)
            return Fail(std::string("a date-time needs the time's digits right after the '") + word_.back() +
                        "' (like 1979-05-27T07:32:00)");
        if (c == '#') {
            Enter(Where::Comment);
        } else if (c == '"' || c == '\'') {
            if (in_word_)
                return Fail(std::string("a quote inside a bare value (") + c +
                            " after an unquoted number, date or word): put the whole value in quotes or none of it");
            const bool triple = text_.substr(pos_, 3) == std::string(3, c);
            Enter(c == '"' ? (triple ? Where::MultiBasic : Where::Basic) : (triple ? Where::MultiLiteral : Where::Literal));
            last_ = c;
            if (triple) return AdvanceAscii(3);
            return Advance(d);
        } else if (c == '}' && (last_ == '[' || last_ == ',')) {
            // toml++ reads what follows '[' or ',' in an array as a value, asserting that it does
            // not end one; '}' does. (In an inline table '}' after ',' is a syntax error anyway.)
            return Fail(std::string("'}' right after '") + last_ + "': a value is missing there, or the brackets do not match");
        } else if (!in_word_) {
            Structure(c);
            if (problem_) return;
        }
        if (in_word_ && word_.size() < 12) word_ += c;
        // toml++ reads one digit past "<ten characters> " and then asserts that more of the value follows.
        if (in_word_) date_space_ = c == ' ' && word_length_ == 10 && date_space_ == 0 ? 1 : date_space_ == 1 && c >= '0' && c <= '9' ? 2 : 0;
        if (!blank) word_length_ = in_word_ ? word_length_ + (c == '_' ? 0 : 1) : 0;  // toml++ does not count '_'
        if (c != '#' && !blank) last_ = c;
        if (c == '\n') line_start_ = true;
        else if (c != ' ' && c != '\t' && c != '\r') line_start_ = false;
        Advance(d);
    }

    // Which characters end a bare value for toml++ (its value terminators). A space after exactly
    // ten characters does not: toml++ reads on in case a time follows a date ("1979-05-27 07:32").
    bool EndsWord(char c) const {
        if (c == ' ') return word_length_ != 10;
        return c == '\t' || c == '\r' || c == '\n' || c == ',' || c == ']' || c == '}' || c == '#';
    }

    // The bare value so far is a date and the 'T', 't' or space before a time: toml++ then parses
    // a time, asserting that it starts with a digit.
    bool AfterDateAndSeparator() const {
        if (word_.size() != 11) return false;
        for (int i = 0; i < 10; ++i) {
            const bool digit = word_[i] >= '0' && word_[i] <= '9';
            if ((i == 4 || i == 7) ? word_[i] != '-' : !digit) return false;
        }
        return word_[10] == 'T' || word_[10] == 't' || word_[10] == ' ';
    }

    // Follows keys, values, arrays and inline tables as far as needed to know where a quote opens
    // a string for toml++. A bare value (a number, date, true, inf...) is read by toml++ up to the
    // next terminator whatever it holds, so a quote in one is no string; in a key, '.' or '=' ends
    // a bare part and a quote may follow.
    void Structure(char c) {
        switch (c) {
            case '\n':
                if (nesting_.empty()) expect_key_ = true;
                return;
            case '=': expect_key_ = false; return;
            case '[':
                if (line_start_ && nesting_.empty()) {
                    CheckTableHeader();
                    in_header_ = true;
                    expect_key_ = true;
                } else if (!in_header_) {
                    nesting_.push_back('[');
                    expect_key_ = false;
                }
                return;
            case '{':
                nesting_.push_back('{');
                expect_key_ = true;
                return;
            case ',': expect_key_ = !nesting_.empty() && nesting_.back() == '{'; return;
            case ']':
                if (in_header_) in_header_ = false;
                else if (!nesting_.empty()) nesting_.pop_back();
                return;
            case '}':
                if (!nesting_.empty()) nesting_.pop_back();
                return;
            case ' ':
            case '\t':
            case '\r':
                return;
            default:
                if (!expect_key_) in_word_ = true;
                word_length_ = 0;
                word_.clear();
                date_space_ = 0;
                return;
        }
    }

    // toml++ reads a '[' that starts a line as a table header and asserts (a "cannot happen" in a
    // build with assertions) that the header's key starts with a bare-key character or a quote.
    // Anything else there is refused first. (A nested array on a line of its own is held to the
    // same rule: no scenario key takes an array of arrays.)
    void CheckTableHeader() {
        std::size_t q = pos_ + 1;
        auto skip_blanks = [&] {
            while (q < text_.size() && (text_[q] == ' ' || text_[q] == '\t')) ++q;
        };
        skip_blanks();
        if (q < text_.size() && text_[q] == '[') {
            ++q;
            skip_blanks();
        }
        if (q >= text_.size()) return;
        const char c = text_[q];
        if (BareKeyChar(c) || c == '"' || c == '\'' || c == ']') return;
        if (static_cast<unsigned char>(c) >= 0x80 || ForbiddenControl(static_cast<unsigned char>(c))) return;  // refused when reached
        column_ += static_cast<int>(q - pos_);
        pos_ = q;
        const std::string shown = c == '\n' || c == '\r' ? std::string("the end of the line") : std::string("'") + c + "'";
        Fail("a '[' at the start of a line opens a table header and must be followed by the table's name, like [caregiver]; found " +
             shown);
    }

    void Basic(const Decoded& d) {
        if (after_backslash_) {
            after_backslash_ = false;
            if (d.cp >= 0x80) return EscapedNonAscii(d);
        } else if (d.cp == '\\') {
            after_backslash_ = true;
        } else if (d.cp == '"' || d.cp == '\n') {
            Enter(Where::Plain);
        }
        Advance(d);
    }

    // In a multi-line basic string toml++ asks whether the character after a backslash is
    // whitespace, and after a line-ending backslash whether each following character is, up to the
    // first that is not: those characters must be ASCII.
    void MultiBasic(const Decoded& d) {
        const bool blank = d.cp == ' ' || d.cp == '\t' || d.cp == '\r' || d.cp == '\n';
        if (after_backslash_) {
            after_backslash_ = false;
            if (d.cp >= 0x80) return EscapedNonAscii(d);
            trimming_ = blank;
            return Advance(d);
        }
        if (trimming_) {
            if (blank) return Advance(d);
            trimming_ = false;
            if (d.cp >= 0x80)
                return Fail("character " + Described(d.cp) +
                            " cannot be the first after a line-ending backslash in a multi-line string (toml++ 3.3 mishandles it); "
                            "put an ASCII character or an escape such as \\u" +
                            CodePoint(d.cp).substr(2) + " first");
        }
        if (d.cp == '"') return CloseMultiLine('"');
        if (d.cp == '\\') after_backslash_ = true;
        Advance(d);
    }

    void EscapedNonAscii(const Decoded& d) {
        Fail("character " + Described(d.cp) + " cannot follow a backslash: escapes are ASCII (\\n, \\t, \\\", \\\\, \\uXXXX)");
    }

    // A run of quotes in a multi-line string: one or two are text; three or more close it, and
    // toml++ counts up to two more as the string's last characters.
    void CloseMultiLine(char quote) {
        std::size_t n = 0;
        while (pos_ + n < text_.size() && text_[pos_ + n] == quote && n < 5) ++n;
        if (n >= 3) {
            Enter(Where::Plain);
            line_start_ = false;
        }
        AdvanceAscii(n);
    }

    void Enter(Where w) {
        where_ = w;
        after_backslash_ = trimming_ = false;
        if (w == Where::Plain) line_start_ = false;
    }

    void Advance(const Decoded& d) {
        pos_ += d.length;
        if (d.cp == '\n') {
            ++line_;
            column_ = 1;
            if (where_ == Where::Plain) line_start_ = true;
        } else {
            ++column_;
        }
    }

    void AdvanceAscii(std::size_t n) {
        pos_ += n;
        column_ += static_cast<int>(n);
    }

    void Fail(std::string message) { problem_ = ScreenProblem{line_, column_, std::move(message)}; }

    std::string_view text_;
    std::size_t pos_ = 0;
    int line_ = 1;
    int column_ = 1;
    Where where_ = Where::Plain;
    bool line_start_ = true;        // only blanks so far on this line, outside strings and comments
    bool expect_key_ = true;        // the next word outside strings is a key, not a value
    bool in_header_ = false;        // between a table header's brackets
    bool in_word_ = false;          // inside a bare value, where toml++ reads every character as part of it
    std::string word_;              // its first characters, as written
    int word_length_ = 0;
    int date_space_ = 0;            // 1 after "<ten characters> " in a bare value, 2 after a digit follows           // characters of the bare value so far, for the date-time case
    std::string nesting_;           // the arrays ('[') and inline tables ('{') open, innermost last
    char last_ = 0;                 // the last character outside strings and comments but blanks (a quote for a string)
    bool after_backslash_ = false;  // in a basic string, the previous character was an escaping backslash
    bool trimming_ = false;         // in a multi-line basic string, after a backslash and whitespace
    std::optional<ScreenProblem> problem_;
};

}  // namespace

std::optional<ScreenProblem> ScreenTomlText(std::string_view text) { return Screen(text).Run(); }

}  // namespace sb
