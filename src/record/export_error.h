// The one error every export failure becomes: the command line turns it into exit code 3, with a
// message that names the path, the reason and which files (if any) were already replaced.
#pragma once

#include <stdexcept>

namespace sb {

class ExportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace sb
