// Scenario text toml++ 3.3 must not see: every input that could reach undefined behaviour in it is
// refused first with FILE:LINE:COLUMN and what is wrong, and text it handles well still reads.
#include <catch2/catch.hpp>

#include <string>

#include "scenario/scenario.h"

using namespace sb;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {
std::string ErrorOf(const std::string& text) {
    try {
        ParseScenario(text, "test.toml");
    } catch (const ScenarioError& e) {
        return e.what();
    }
    return "(no error)";
}
}  // namespace

TEST_CASE("the two known inputs that break toml++ 3.3 get a clear error", "[scenario][screen]") {
    // U+0482 reaches a "cannot happen" branch of toml++'s whitespace test.
    CHECK_THAT(ErrorOf("\xd2\x82"), StartsWith("test.toml:1:1: character U+0482 is not allowed outside strings and comments"));
    // '[' then NUL fails an assertion in toml++'s parse_key().
    CHECK_THAT(ErrorOf(std::string("[\0", 2)), StartsWith("test.toml:1:2: control character U+0000 (NUL) is not allowed"));
}

TEST_CASE("a table header must start with a name", "[scenario][screen]") {
    // Any other first character fails the same assertion as NUL does.
    CHECK_THAT(ErrorOf("[caregiver]\nsensitivity = 3\n  [=]\n"),
               StartsWith("test.toml:3:4: a '[' at the start of a line opens a table header and must be followed by the table's name"));
    CHECK_THAT(ErrorOf("[[ {]]"), StartsWith("test.toml:1:4: a '[' at the start of a line"));
    CHECK_THAT(ErrorOf("[\n"), Contains("found the end of the line"));
    // A quoted name, an array of tables and an empty header reach toml++, which answers them itself.
    CHECK(ErrorOf("[\"caregiver\"]\nsensitivity = 3\n[[protocol.episode]]\nnumber = 4\n") == "(no error)");
    CHECK_THAT(ErrorOf("[]\n"), Contains("TOML syntax error"));
}

TEST_CASE("text that is not UTF-8 names the byte and the place", "[scenario][screen]") {
    CHECK_THAT(ErrorOf("[scenario]\nname = \"\xff\"\n"),
               StartsWith("test.toml:2:9: the file is not valid UTF-8 here (byte 0xFF: a byte (0xF5 to 0xFF) that UTF-8 never uses)"));
    CHECK_THAT(ErrorOf("# caf\xe9 in Latin-1\n"), StartsWith("test.toml:1:6: the file is not valid UTF-8 here (byte 0xE9"));
    CHECK_THAT(ErrorOf("# \x80\n"), Contains("a continuation byte with no character to continue"));
    CHECK_THAT(ErrorOf("name = \"\xe2\x82\""), Contains("a character cut short (too few continuation bytes)"));
    CHECK_THAT(ErrorOf("# \xe2\x82"), Contains("a character cut short by the end of the file"));
    CHECK_THAT(ErrorOf("# \xed\xa0\x80\n"), Contains("an encoded surrogate"));
    CHECK_THAT(ErrorOf("# \xf4\x90\x80\x80\n"), Contains("a code point beyond U+10FFFF"));
}

TEST_CASE("overlong encodings are refused, even of harmless characters", "[scenario][screen]") {
    CHECK_THAT(ErrorOf("# \xc0\xaf\n"), StartsWith("test.toml:1:3: the file is not valid UTF-8 here (byte 0xC0: an overlong encoding"));
    CHECK_THAT(ErrorOf("# \xe0\x80\xaf\n"), Contains("an overlong encoding (a character written with more bytes than it needs)"));
    CHECK_THAT(ErrorOf("# \xf0\x80\x80\xaf\n"), Contains("an overlong encoding"));
}

TEST_CASE("control characters other than tab, line feed and carriage return are refused anywhere", "[scenario][screen]") {
    CHECK_THAT(ErrorOf("[scenario]\nname = \"a\x01\"\n"), StartsWith("test.toml:2:10: control character U+0001 is not allowed"));
    CHECK_THAT(ErrorOf("# \x7f\n"), Contains("control character U+007F"));
    CHECK_THAT(ErrorOf("[caregiver]\x0b\n"), Contains("control character U+000B"));
    CHECK(ErrorOf("[caregiver]\r\n\tsensitivity = 3\r\n") == "(no error)");
}

TEST_CASE("a byte-order mark is skipped at the start and refused elsewhere", "[scenario][screen]") {
    const Scenario s = ParseScenario("\xef\xbb\xbf[caregiver]\nsensitivity = 3\n", "bom.toml");
    CHECK(s.sim.caregiver.sensitivity == 3.0);
    // toml++ counts columns after the mark, so its errors and the screen's agree.
    CHECK_THAT(ErrorOf("\xef\xbb\xbf[caregiver]\nsensitivity = 30\n"), StartsWith("test.toml:2:15: caregiver.sensitivity = 30 is out of range"));
    CHECK_THAT(ErrorOf("[caregiver]\n\xef\xbb\xbfsensitivity = 3\n"),
               StartsWith("test.toml:2:1: character U+FEFF (a byte-order mark, allowed only at the very start of the file)"));
}

TEST_CASE("non-ASCII text reads in strings and comments", "[scenario][screen]") {
    const Scenario s = ParseScenario("# Säugling — \xd2\x82\n"
                                     "[scenario]\n"
                                     "name = \"Säugling \xd2\x82 乳児\"  # ½\n"
                                     "description = '\xd2\x82 literal'\n"
                                     "[caregiver]\n"
                                     "sensitivity = 6\n",
                                     "text.toml");
    CHECK(s.name == "Säugling \xd2\x82 乳児");
    CHECK(s.description == "\xd2\x82 literal");
    CHECK(s.sim.caregiver.sensitivity == 6.0);
    const Scenario m = ParseScenario("[scenario]\n"
                                     "description = \"\"\"\nΩ \"quoted\" \xd2\x82\\\n   line \xd2\x82\"\"\"\n"
                                     "name = '''\xd2\x82 'x' '''\n",
                                     "multi.toml");
    CHECK(m.description == "Ω \"quoted\" \xd2\x82line \xd2\x82");
    CHECK(m.name == "\xd2\x82 'x' ");
}

TEST_CASE("non-ASCII where toml++ would test it for whitespace is refused", "[scenario][screen]") {
    SECTION("in a key, a value or between them") {
        CHECK_THAT(ErrorOf("[caregiver]\nsensitivity\xc2\xa0= 3\n"),
                   StartsWith("test.toml:2:12: character U+00A0 (a no-break space) is not allowed outside strings and comments"));
        CHECK_THAT(ErrorOf("[scenario]\nname = \"ää\" \xd2\x82\n"), StartsWith("test.toml:2:13: character U+0482"));
        CHECK_THAT(ErrorOf("[care\xd2\x82]\n"), StartsWith("test.toml:1:6: character U+0482"));
        CHECK_THAT(ErrorOf("a = 1\xe3\x80\x80\n"), Contains("U+3000 (a Unicode space)"));
    }
    SECTION("straight after a backslash") {
        CHECK_THAT(ErrorOf("[scenario]\nname = \"\\\xd2\x82\"\n"),
                   StartsWith("test.toml:2:10: character U+0482 cannot follow a backslash: escapes are ASCII"));
        CHECK_THAT(ErrorOf("[scenario]\nname = \"\"\"\\\xd2\x82\"\"\"\n"), Contains("cannot follow a backslash"));
    }
    SECTION("first after a line-ending backslash in a multi-line string") {
        CHECK_THAT(ErrorOf("[scenario]\nname = \"\"\"a\\\n   \xd2\x82\"\"\"\n"),
                   StartsWith("test.toml:3:4: character U+0482 cannot be the first after a line-ending backslash"));
        CHECK_THAT(ErrorOf("[scenario]\nname = \"\"\"a\\ \xd2\x82\"\"\"\n"), Contains("line-ending backslash"));
    }
    SECTION("after a multi-line string closed by four or five quotes") {
        // toml++ takes up to two quotes after the closing three into the string, so what follows is
        // outside it, not the start of a new string.
        CHECK(ParseScenario("[scenario]\nname = \"\"\"x\"\"\"\"\n", "q.toml").name == "x\"");
        CHECK(ParseScenario("[scenario]\nname = '''x'''''\n", "q.toml").name == "x''");
        CHECK_THAT(ErrorOf("[scenario]\nname = \"\"\"x\"\"\"\"\xd2\x82\"\n"), StartsWith("test.toml:2:16: character U+0482"));
    }
}

TEST_CASE("a '}' where an array needs a value is refused", "[scenario][screen]") {
    // toml++ asserts that a value never starts with a character that ends one.
    CHECK_THAT(ErrorOf("[population]\nx = [ }\n"), StartsWith("test.toml:2:7: '}' right after '[': a value is missing there"));
    CHECK_THAT(ErrorOf("[population]\nx = [1, # note\n  }\n"), StartsWith("test.toml:3:3: '}' right after ','"));
    // An empty inline table and a brace inside a string are fine.
    CHECK_THAT(ErrorOf("[population]\nsensitivity = {}\n"), Contains("sensitivity"));
    CHECK(ParseScenario("[scenario]\nname = \"[ }\"\n", "s.toml").name == "[ }");
}

TEST_CASE("a quote inside an unquoted value opens no string, so what follows it stays screened", "[scenario][screen]") {
    // toml++ reads a number or date up to the next space, comma, bracket or '#', quotes and all.
    CHECK_THAT(ErrorOf("[model.infant]\ncry_onset = 1979-05-27T0'\xd2\x82'\n"),
               StartsWith("test.toml:2:25: a quote inside a bare value"));
    CHECK_THAT(ErrorOf("x = 1=\"\xd2\x82\"\n"), StartsWith("test.toml:1:7: a quote inside a bare value"));
    // After a date and one space it reads on, in case a time follows (and a quote is no time).
    CHECK_THAT(ErrorOf("x = 1979-05-27 \"\xd2\x82\"\n"), StartsWith("test.toml:1:16: a date-time needs the time's digits"));
    // Keys are another matter: a quoted part may follow a dot, and '=' ends a key.
    CHECK(ParseScenario("scenario.\"name\"=\"\xd2\x82\"\n", "k.toml").name == "\xd2\x82");
    CHECK(ParseScenario("[population]\nsensitivity={dist=\"normal\",mean=6.0,sd=1.6}\n", "k.toml").population.enabled);
}

TEST_CASE("a date-time's time must start with a digit", "[scenario][screen]") {
    // toml++ asserts it once the date has read well and a 'T' or space follows.
    CHECK_THAT(ErrorOf("x = 1980-05-27T*7:32:00Z\n"), StartsWith("test.toml:1:16: a date-time needs the time's digits right after the 'T'"));
    CHECK_THAT(ErrorOf("x = 1980-05-27 x7:32:00\n"), Contains("right after the ' '"));
    // After ten characters and a space toml++ takes one digit as the start of a time and asserts
    // that more follows.
    CHECK_THAT(ErrorOf("eq = 39&8-05-2v 3\r\n"), StartsWith("test.toml:1:18: after a date and a space, a time needs at least two digits"));
    CHECK_THAT(ErrorOf("x = 1979-05-27 3\n"), Contains("a time needs at least two digits"));
    // A date alone, or with spaces before a comment, is left to toml++ (and to the reader's type check).
    CHECK_THAT(ErrorOf("[scenario]\nseed = 1979-05-27  # a date\n"), Contains("scenario.seed must be a whole number"));
}
