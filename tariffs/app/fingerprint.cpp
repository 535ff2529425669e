#include "tariffs/app/fingerprint.hpp"

namespace tariffs::app {

Fingerprint fingerprint(const LoadedModel& loaded) { return fingerprint_of(loaded.model); }

}  // namespace tariffs::app
