// Screening of scenario text before the TOML library reads it. The packaged toml++ 3.3 reaches
// undefined behaviour or a failed assertion on some inputs (a non-ASCII character where it tests for
// whitespace, a table header that does not start with a key, a few malformed values); the screen
// refuses every input that could take it there, with line and column. Why this set is enough:
// docs/reliability.md, "Input".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sb {

// Where the screen stopped and why. Line and column count from 1, columns in characters (code
// points), as toml++ counts them, so both kinds of error point at the same place.
struct ScreenProblem {
    int line = 1;
    int column = 1;
    std::string message;
};

// Nothing when `text` is safe to give to toml++: valid UTF-8 (a byte-order mark at the very start
// is allowed); no control characters but tab, line feed and carriage return; non-ASCII characters
// only inside strings and comments (not straight after a backslash, nor first after a line-ending
// backslash); no quote inside an unquoted value; a '[' that starts a line at the top level
// followed by a key, a quote or ']'; no '}' where an array needs a value; no date-time whose time
// is not digits after the date. Otherwise the first problem found.
std::optional<ScreenProblem> ScreenTomlText(std::string_view text);

}  // namespace sb
