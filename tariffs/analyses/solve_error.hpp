// A goal seek that cannot be asked as it is: an input the tariff does not use,
// a product, provider or budget line the model does not have, a target the
// rounding cannot give. What is wrong is a message, for the reports to word;
// what() is its English.
#pragma once

#include "engine/message.hpp"

#include <stdexcept>
#include <utility>

namespace tariffs {

struct SolveError : std::invalid_argument {
    explicit SolveError(engine::Message message)
        : std::invalid_argument(message.english()), message_(std::move(message)) {}
    const engine::Message& message() const { return message_; }

private:
    engine::Message message_;
};

}  // namespace tariffs
