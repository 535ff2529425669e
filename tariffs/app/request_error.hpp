// A request that does not fit the model it is about: a product code the model
// does not have, a year outside its contract years, a budget it does not name.
// The command line says it as wrong usage (exit 2); a server would answer that
// the request is wrong, not the model. Its message names the request's parts as
// the command line names them (`--year 2031 is outside …`); what() is its English.
#pragma once

#include "engine/message.hpp"

#include <stdexcept>
#include <utility>

namespace tariffs::app {

struct RequestError : std::runtime_error {
    explicit RequestError(engine::Message message)
        : std::runtime_error(message.english()), message_(std::move(message)) {}
    // What is wrong, for the reports to word in the reader's language.
    const engine::Message& message() const { return message_; }

private:
    engine::Message message_;
};

}  // namespace tariffs::app
