#include "tariffs/model/ijw.hpp"

namespace tariffs {

const std::vector<Unit>& units() {
    static const std::vector<Unit> all{
        {"minute", "01", "minuut", "minute"},
        {"hour", "04", "uur", "hour"},
        {"etmaal", "14", "etmaal", "day"},
        {"daypart", "16", "dagdeel", "daypart"},
        {"output", "82", "stuks (output)", "piece"},
        {"euro", "83", "euro's (budget)", "cent"},
        {"effort", "84", "stuks (inspanning)", "piece"},
    };
    return all;
}

const Unit* find_unit(std::string_view name) {
    for (const auto& unit : units())
        if (unit.name == name) return &unit;
    return nullptr;
}

const std::vector<ProductCategory>& product_categories() {
    static const std::vector<ProductCategory> all{
        {"40", "personal care"},
        {"41", "day treatment"},
        {"42", "transport"},
        {"43", "residential youth care incl. treatment"},
        {"44", "residential youth care excl. treatment"},
        {"45", "ambulant youth care"},
        {"46", "crisis"},
        {"47", "youth probation"},
        {"48", "youth protection"},
        {"49", "preventive justice activities"},
        {"50", "tailored arrangements"},
        {"51", "general basic mental health care"},
        {"52", "specialised mental health care"},
        {"53", "paediatrics"},
        {"54", "youth mental health care"},
        {"55", "nationally purchased care"},
    };
    return all;
}

const ProductCategory* find_product_category(std::string_view code) {
    for (const auto& category : product_categories())
        if (category.code == code) return &category;
    return nullptr;
}

}  // namespace tariffs
