#pragma once

#include <stdexcept>
#include <string>

namespace kg {

// The one exception type kgraph throws for failures a user can cause or fix: bad input, a
// database it cannot use, an unknown name. Each stage derives its own type that prefixes the
// stage's name, so a message says where it came from. The CLI catches kg::Error, prints the
// message on one line and exits with status 1.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace kg
