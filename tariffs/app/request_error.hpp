// A request that does not fit the model it is about: a product code the model
// does not have, a year outside its contract years, a budget it does not name.
// The command line says it as wrong usage (exit 2); a server would answer that
// the request is wrong, not the model. Its text names the request's parts as
// the command line names them (`--year 2031 is outside …`).
#pragma once

#include <stdexcept>

namespace tariffs::app {

struct RequestError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

}  // namespace tariffs::app
