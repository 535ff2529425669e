// Bid review: each line of a provider's bid against the reference tariff, with
// a floor and a ceiling from the model; per provider a summary; per heavy lot
// each provider's bid priced on the lot's reference volumes, ranked.
#pragma once

#include "engine/diagnostic.hpp"
#include "engine/number.hpp"
#include "tariffs/pricing/budgets.hpp"
#include "tariffs/checks/csv_reader.hpp"
#include "tariffs/pricing/indexed_tariffs.hpp"
#include "tariffs/model/model.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tariffs {

enum class BidStatus { within, below_floor, above_ceiling, unknown_product, unit_mismatch };
std::string_view to_string(BidStatus status);

// How a ceiling from a product's maximum tariff starts its basis: `maximum tariff (file:line:col)`.

struct BidLine {
    int line = 0;                 // in the bids file
    std::string provider;
    std::string code;
    std::string unit;             // as written in the file; may be empty
    engine::Number bid;
    BidStatus status = BidStatus::within;
    // Known products only:
    std::string name;
    std::string product_unit;
    engine::Number reference;     // the model's tariff for the year, per the product's unit
    engine::Number floor;         // lowest fair tariff
    engine::Number ceiling;       // highest acceptable tariff
    // Where the ceiling comes from: `ceiling 110% of the reference`, or the
    // product's maximum tariff (`maximum tariff (file:line:col)`, from_maximum).
    engine::Message ceiling_basis;
    bool from_maximum = false;
    engine::Number difference;    // bid − reference
    engine::Number percentage;    // (bid − reference) / reference, as a fraction
};

struct ProviderSummary {
    std::string provider;
    int lines = 0;
    std::map<BidStatus, int> by_status;
};

struct LotBid {
    std::string provider;
    engine::Number amount;        // Σ bid × reference volume
    engine::Number difference;    // amount − reference amount
    std::vector<std::string> missing;  // lot products the provider did not bid on
    int rank = 0;                 // 1 = lowest; 0 when incomplete
};

struct LotRanking {
    std::string lot;
    std::vector<std::pair<std::string, engine::Number>> volumes;  // product code, reference volume
    engine::Number reference;     // Σ reference tariff × volume
    std::vector<LotBid> bids;     // ranked, incomplete ones last
};

struct BidReview {
    std::string file;
    CsvDialect dialect;           // what was detected: separator, decimal mark, encoding
    int year = 0;
    std::vector<BidLine> lines;   // in file order
    std::vector<ProviderSummary> providers;  // in order of first appearance
    std::vector<LotRanking> lots;
    engine::Diagnostics unreadable;  // lines that could not be read, located

    bool has_findings() const;
};

// Reviews `bids` against the indexed tariffs of `year` (and the budgets'
// volumes, for lots). Throws engine::InputError when the file as a whole
// cannot be used (no provider, code or tariff column).
BidReview review_bids(const Model& model, const IndexedTariffs& tariffs, const Budgets* budgets,
                      const CsvTable& bids, int year);

}  // namespace tariffs
