#include "tariffs/model/trajectory_loader.hpp"

#include "engine/suggest.hpp"
#include "tariffs/model/ijw.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace tariffs {

namespace {

using engine::Number;
using engine::YamlNode;
using engine::YamlReader;

std::string label(const Trajectory& trajectory) {
    return trajectory.code.empty() ? std::string("(without code)") : "`" + trajectory.code + "`";
}

std::string exact_text(const Number& value) {
    auto exact = value.to_exact_decimal();
    return exact ? *exact : value.to_fraction_string();
}

class TrajectoryReader {
public:
    TrajectoryReader(YamlReader& reader, const Model& model) : reader_(reader), model_(model) {}

    std::vector<Trajectory> read(const YamlNode& node) {
        std::vector<Trajectory> trajectories;
        if (!reader_.is_sequence(node, "`trajectories`")) return trajectories;
        for (const auto& item : node)
            if (auto trajectory = read_trajectory(item)) trajectories.push_back(std::move(*trajectory));
        for (const auto& trajectory : trajectories) check_components(trajectory, trajectories);
        for (const auto& trajectory : trajectories) check_cycle(trajectory, trajectories);
        return trajectories;
    }

private:
    std::optional<Trajectory> read_trajectory(const YamlNode& node) {
        if (!reader_.is_map(node, "a trajectory")) return std::nullopt;
        Trajectory trajectory;
        trajectory.pos = reader_.pos(node);
        trajectory.surcharge_pos = trajectory.pos;
        read_header(node, trajectory);
        reader_.reject_unknown_keys(node, "trajectory " + label(trajectory),
                                    {"code", "name", "category", "about", "coordination_surcharge", "phases", "paths"});
        if (node["about"]) reader_.prose(node["about"], "`about`");
        if (node["coordination_surcharge"]) read_surcharge(node["coordination_surcharge"], trajectory);
        if (node["phases"]) read_phases(node["phases"], trajectory);
        else reader_.error(node, "trajectory " + label(trajectory) + " needs `phases`");
        if (node["paths"]) read_paths(node["paths"], trajectory);
        else reader_.error(node, "trajectory " + label(trajectory) + " needs `paths`");
        check_phases_taken(node, trajectory);
        return trajectory;
    }

    void read_header(const YamlNode& node, Trajectory& trajectory) {
        if (node["code"]) {
            trajectory.code = reader_.text(node["code"], "a trajectory `code`").value_or("");
            check_code_is_new(node["code"], trajectory.code);
        } else {
            reader_.error(node, "a trajectory needs a `code`");
        }
        if (node["name"]) trajectory.name = reader_.text(node["name"], "a trajectory `name`").value_or("");
        else reader_.error(node, "trajectory " + label(trajectory) + " needs a `name`");
        if (node["category"]) {
            auto code = reader_.text(node["category"], "a trajectory `category`");
            if (code && !find_product_category(*code))
                reader_.error(node["category"], "unknown iJw product category `" + *code + "`; the categories are 40 to 55");
            else if (code)
                trajectory.category = *code;
        }
    }

    void check_code_is_new(const YamlNode& node, const std::string& code) {
        if (code.empty()) return;
        if (const Product* product = model_.find_product(code)) {
            reader_.error(node, "the code `" + code + "` is already a product's, at " + product->pos.to_string());
            return;
        }
        auto [it, fresh] = codes_.emplace(code, reader_.pos(node));
        if (!fresh) reader_.error(node, "duplicate trajectory code `" + code + "`; it is first used at " + it->second.to_string());
    }

    void read_surcharge(const YamlNode& node, Trajectory& trajectory) {
        trajectory.surcharge_pos = reader_.pos(node);
        auto value = reader_.number(node, "`coordination_surcharge`");
        if (!value) return;
        if (value->sign() < 0 || *value > Number(1)) {
            reader_.error(node, "`coordination_surcharge` must be from 0% to 100%, not " + node.Scalar());
            return;
        }
        trajectory.coordination_surcharge = *value;
    }

    void read_phases(const YamlNode& node, Trajectory& trajectory) {
        if (!reader_.is_map(node, "`phases`")) return;
        if (node.size() == 0) reader_.error(node, "trajectory " + label(trajectory) + " has no phases");
        reader_.for_each_entry(node, "`phases`", [&](const std::string& name, const YamlNode& key, const YamlNode& value) {
            TrajectoryPhase phase;
            phase.name = name;
            phase.pos = reader_.pos(key);
            read_components(value, trajectory, phase);
            trajectory.phases.push_back(std::move(phase));
        });
    }

    void read_components(const YamlNode& node, const Trajectory& trajectory, TrajectoryPhase& phase) {
        const std::string what = "phase `" + phase.name + "` of trajectory " + label(trajectory);
        if (!reader_.is_map(node, "a phase (a product code and a volume per component)")) return;
        if (node.size() == 0) reader_.error(node, what + " has no components");
        reader_.for_each_entry(node, what, [&](const std::string& code, const YamlNode& key, const YamlNode& value) {
            TrajectoryComponent component;
            component.code = code;
            component.pos = reader_.pos(key);
            component.volume_pos = reader_.pos(value);
            read_volume(value, component);
            phase.components.push_back(std::move(component));
        });
    }

    // `12` or `12 hour`: a volume above 0, in the component's own unit (checked
    // with the components, once every trajectory's code is known).
    void read_volume(const YamlNode& node, TrajectoryComponent& component) {
        const std::string what = "the volume of `" + component.code + "`";
        const std::string form = " must be a number, optionally with its unit (`12` or `12 hour`)";
        if (!node.IsScalar()) {
            reader_.error(node, what + form);
            return;
        }
        const std::string& text = node.Scalar();
        const std::size_t space = text.find(' ');
        const std::string digits = text.substr(0, space);
        auto volume = Number::parse(digits);
        if (!volume) {
            reader_.error(node, what + form + ", not `" + text + "`");
            return;
        }
        if (volume->sign() <= 0) {
            reader_.error(node, what + " must be above 0, not " + digits);
            return;
        }
        component.volume = *volume;
        if (space != std::string::npos) component.unit = text.substr(text.find_first_not_of(' ', space));
    }

    void check_unit(const TrajectoryComponent& component, const std::string& own) {
        if (component.unit.empty() || component.unit == own) return;
        std::vector<std::string> names;
        for (const auto& known : units()) names.emplace_back(known.name);
        if (!find_unit(component.unit))
            reader_.diagnostics().add(component.volume_pos, "unknown unit `" + component.unit + "`" +
                                                                engine::did_you_mean(component.unit, names) +
                                                                "; the volume of `" + component.code + "` is in " + own);
        else
            reader_.diagnostics().add(component.volume_pos, "the volume of `" + component.code +
                                                                "` is in its own unit, " + own + ", not in " +
                                                                component.unit);
    }

    void read_paths(const YamlNode& node, Trajectory& trajectory) {
        if (!reader_.is_map(node, "`paths`")) return;
        if (node.size() == 0) {
            reader_.error(node, "trajectory " + label(trajectory) + " has no paths");
            return;
        }
        bool all_read = true;
        Number total;
        reader_.for_each_entry(node, "`paths`", [&](const std::string& name, const YamlNode& key, const YamlNode& value) {
            TrajectoryPath path;
            path.name = name;
            path.pos = reader_.pos(key);
            all_read = read_path(value, trajectory, path) && all_read;
            total += path.share;
            trajectory.paths.push_back(std::move(path));
        });
        for (auto it = node.begin(); it != node.end(); ++it)
            if (it->first.IsRepeatedKey()) all_read = false;
        if (all_read && total != Number(1))
            reader_.error(node, "the shares of the paths of trajectory " + label(trajectory) + " add up to " +
                                    exact_text(total) + ", not exactly 1");
    }

    // Whether the share was read, so the sum of the shares means something.
    bool read_path(const YamlNode& node, const Trajectory& trajectory, TrajectoryPath& path) {
        const std::string what = "path `" + path.name + "` of trajectory " + label(trajectory);
        if (!reader_.is_map(node, "a path (`share` and `phases`)")) return false;
        reader_.reject_unknown_keys(node, what, {"share", "phases", "about"});
        if (node["about"]) reader_.prose(node["about"], "`about`");
        bool share_read = false;
        if (!node["share"]) {
            reader_.error(node, what + " needs a `share`");
        } else if (auto share = reader_.number(node["share"], "a path's `share`")) {
            if (share->sign() <= 0) reader_.error(node["share"], "the share of " + what + " must be above 0, not " + node["share"].Scalar());
            else share_read = true;
            path.share = *share;
        }
        if (node["phases"]) read_path_phases(node["phases"], trajectory, what, path);
        else reader_.error(node, what + " needs `phases`: the phases it takes, in order");
        return share_read;
    }

    void read_path_phases(const YamlNode& node, const Trajectory& trajectory, const std::string& what, TrajectoryPath& path) {
        if (!reader_.is_sequence(node, "a path's `phases`")) return;
        if (node.size() == 0) reader_.error(node, what + " is empty: it takes no phase");
        std::vector<std::string> names;
        for (const auto& phase : trajectory.phases) names.push_back(phase.name);
        for (const auto& item : node) {
            auto name = reader_.text(item, "a phase's name");
            if (!name) continue;
            auto found = std::find(names.begin(), names.end(), *name);
            if (found == names.end()) {
                reader_.error(item, "unknown phase `" + *name + "` in " + what + engine::did_you_mean(*name, names));
                phase_unknown_ = true;
                continue;
            }
            path.phases.push_back(static_cast<std::size_t>(found - names.begin()));
        }
    }

    // A phase that no path takes would never be priced: most likely a path forgets it.
    void check_phases_taken(const YamlNode& node, const Trajectory& trajectory) {
        // A misspelt phase in a path is reported as such, not as the phase it meant left out.
        if (!node["paths"] || trajectory.paths.empty() || std::exchange(phase_unknown_, false)) return;
        for (std::size_t i = 0; i < trajectory.phases.size(); ++i) {
            const bool taken = std::any_of(trajectory.paths.begin(), trajectory.paths.end(), [&](const TrajectoryPath& path) {
                return std::find(path.phases.begin(), path.phases.end(), i) != path.phases.end();
            });
            if (!taken)
                reader_.diagnostics().add(trajectory.phases[i].pos, "phase `" + trajectory.phases[i].name +
                                                                        "` of trajectory " + label(trajectory) +
                                                                        " is in no path");
        }
    }

    void check_components(const Trajectory& trajectory, const std::vector<Trajectory>& all) {
        std::vector<std::string> codes;
        for (const auto& product : model_.products) codes.push_back(product.code);
        for (const auto& other : all) codes.push_back(other.code);
        for (const auto& phase : trajectory.phases)
            for (const auto& component : phase.components) {
                if (const Product* product = model_.find_product(component.code))
                    check_unit(component, product->unit);
                else if (codes_.count(component.code))
                    check_unit(component, trajectory_unit);
                else
                    reader_.diagnostics().add(component.pos, "unknown product `" + component.code + "` in phase `" +
                                                                 phase.name + "` of trajectory " + label(trajectory) +
                                                                 engine::did_you_mean(component.code, codes));
            }
    }

    // A trajectory priced from itself, directly or through others, has no price.
    void check_cycle(const Trajectory& start, const std::vector<Trajectory>& all) {
        if (model_.find_product(start.code)) return;  // its code is reported as a product's
        std::vector<std::string> chain{start.code};
        std::set<const Trajectory*> cleared;
        if (auto pos = contains(start, start.code, all, chain, cleared))
            reader_.diagnostics().add(*pos, "trajectory `" + start.code + "` contains itself: " + join_chain(chain));
    }

    // Where `trajectory` takes `target`, directly or through a trajectory it takes; `chain` names the way.
    // A trajectory searched once without finding it is not searched again (`cleared`), so a
    // trajectory that takes the one below it twice, 26 levels deep, is searched in 26 steps, not 2^26.
    std::optional<engine::SourcePos> contains(const Trajectory& trajectory, const std::string& target,
                                              const std::vector<Trajectory>& all, std::vector<std::string>& chain,
                                              std::set<const Trajectory*>& cleared) {
        for (const auto& phase : trajectory.phases)
            for (const auto& component : phase.components) {
                if (model_.find_product(component.code)) continue;
                if (component.code == target) {
                    chain.push_back(target);
                    return component.pos;
                }
                const auto inner = std::find_if(all.begin(), all.end(), [&](const Trajectory& t) { return t.code == component.code; });
                if (inner == all.end() || cleared.count(&*inner) ||
                    std::find(chain.begin(), chain.end(), inner->code) != chain.end())
                    continue;
                chain.push_back(inner->code);
                if (contains(*inner, target, all, chain, cleared)) return component.pos;
                chain.pop_back();
                cleared.insert(&*inner);
            }
        return std::nullopt;
    }

    static std::string join_chain(const std::vector<std::string>& chain) {
        std::string out;
        for (const auto& code : chain) out += (out.empty() ? "" : " → ") + code;
        return out;
    }

    YamlReader& reader_;
    const Model& model_;
    std::map<std::string, engine::SourcePos> codes_;  // trajectory codes, with where each is given
    bool phase_unknown_ = false;                       // a path of the trajectory being read names one
};

}  // namespace

std::vector<Trajectory> read_trajectories(YamlReader& reader, const YamlNode& node, const Model& model) {
    return TrajectoryReader(reader, model).read(node);
}

}  // namespace tariffs
