#include "tariffs/model/trajectory_loader.hpp"

#include "engine/suggest.hpp"
#include "engine/text_check.hpp"
#include "tariffs/model/ijw.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace tariffs {

namespace {

using engine::arg;
using engine::msg;
using engine::Number;
using engine::YamlNode;
using engine::YamlReader;

engine::Message label(const Trajectory& trajectory) {
    return trajectory.code.empty() ? msg("(without code)") : msg("{code}", {arg("code", engine::quote(trajectory.code))});
}

std::string exact_text(const Number& value) {
    auto exact = value.to_exact_decimal();
    return engine::excerpt(exact ? *exact : value.to_fraction_string());
}

class TrajectoryReader {
public:
    TrajectoryReader(YamlReader& reader, const Model& model, CodeRegister& looks)
        : reader_(reader), model_(model), looks_(looks) {}

    std::vector<Trajectory> read(const YamlNode& node) {
        std::vector<Trajectory> trajectories;
        if (!reader_.is_sequence(node, engine::key_name("trajectories"))) return trajectories;
        for (const auto& item : node)
            if (auto trajectory = read_trajectory(item)) trajectories.push_back(std::move(*trajectory));
        for (const auto& trajectory : trajectories) check_components(trajectory, trajectories);
        const std::size_t problems = reader_.diagnostics().size();
        for (const auto& trajectory : trajectories) check_cycle(trajectory, trajectories);
        if (reader_.diagnostics().size() == problems) check_depth(trajectories);
        return trajectories;
    }

private:
    std::optional<Trajectory> read_trajectory(const YamlNode& node) {
        if (!reader_.is_map(node, engine::msg("a trajectory"))) return std::nullopt;
        Trajectory trajectory;
        trajectory.pos = reader_.pos(node);
        trajectory.surcharge_pos = trajectory.pos;
        read_header(node, trajectory);
        reader_.reject_unknown_keys(node, msg("trajectory {code}", {arg("code", label(trajectory))}),
                                    {"code", "name", "category", "about", "coordination_surcharge", "phases", "paths"});
        if (node["about"]) reader_.prose(node["about"], engine::key_name("about"));
        if (node["coordination_surcharge"]) read_surcharge(node["coordination_surcharge"], trajectory);
        if (node["phases"]) read_phases(node["phases"], trajectory);
        else reader_.error(node, msg("trajectory {code} needs `phases`", {arg("code", label(trajectory))}));
        if (node["paths"]) read_paths(node["paths"], trajectory);
        else reader_.error(node, msg("trajectory {code} needs `paths`", {arg("code", label(trajectory))}));
        check_phases_taken(node, trajectory);
        return trajectory;
    }

    void read_header(const YamlNode& node, Trajectory& trajectory) {
        if (node["code"]) {
            trajectory.code = reader_.text(node["code"], engine::msg("a trajectory `code`")).value_or("");
            check_code_is_new(node["code"], trajectory.code);
        } else {
            reader_.error(node, msg("a trajectory needs a `code`"));
        }
        if (node["name"]) trajectory.name = reader_.text(node["name"], engine::msg("a trajectory `name`")).value_or("");
        else reader_.error(node, msg("trajectory {code} needs a `name`", {arg("code", label(trajectory))}));
        if (node["category"]) {
            auto code = reader_.text(node["category"], engine::msg("a trajectory `category`"));
            if (code && !find_product_category(*code))
                reader_.error(node["category"], msg("unknown iJw product category {code}; the categories are 40 to 55",
                                                    {arg("code", engine::quote(*code))}));
            else if (code)
                trajectory.category = *code;
        }
    }

    void check_code_is_new(const YamlNode& node, const std::string& code) {
        if (code.empty()) return;
        if (const Product* product = model_.find_product(code)) {
            reader_.error(node, msg("the code {code} is already a product's, at {place}",
                                    {arg("code", engine::quote(code)), arg("place", product->pos.to_string())}));
            return;
        }
        auto [it, fresh] = codes_.emplace(code, reader_.pos(node));
        if (!fresh)
            reader_.error(node, msg("duplicate trajectory code {code}; it is first used at {place}",
                                    {arg("code", engine::quote(code)), arg("place", it->second.to_string())}));
        else looks_.take(reader_, node, code);
    }

    void read_surcharge(const YamlNode& node, Trajectory& trajectory) {
        trajectory.surcharge_pos = reader_.pos(node);
        auto value = reader_.number(node, engine::key_name("coordination_surcharge"));
        if (!value) return;
        if (value->sign() < 0 || *value > Number(1)) {
            reader_.error(node, msg("`coordination_surcharge` must be from 0% to 100%, not {value}",
                                    {arg("value", engine::excerpt(node.Scalar()))}));
            return;
        }
        trajectory.coordination_surcharge = *value;
    }

    void read_phases(const YamlNode& node, Trajectory& trajectory) {
        if (!reader_.is_map(node, engine::key_name("phases"))) return;
        if (node.size() == 0) reader_.error(node, msg("trajectory {code} has no phases", {arg("code", label(trajectory))}));
        reader_.for_each_entry(node, engine::key_name("phases"), [&](const std::string& name, const YamlNode& key, const YamlNode& value) {
            TrajectoryPhase phase;
            phase.name = name;
            phase.pos = reader_.pos(key);
            read_components(value, trajectory, phase);
            trajectory.phases.push_back(std::move(phase));
        });
    }

    void read_components(const YamlNode& node, const Trajectory& trajectory, TrajectoryPhase& phase) {
        const engine::Message what = msg("phase {phase} of trajectory {code}",
                                         {arg("phase", engine::quote(phase.name)), arg("code", label(trajectory))});
        if (!reader_.is_map(node, engine::msg("a phase (a product code and a volume per component)"))) return;
        if (node.size() == 0) reader_.error(node, msg("{phase} has no components", {arg("phase", what)}));
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
        const engine::MessageArg code = arg("code", engine::quote(component.code));
        if (!node.IsScalar()) {
            reader_.error(node, msg("the volume of {code} must be a number, optionally with its unit (`12` or `12 hour`)", {code}));
            return;
        }
        const std::string& text = node.Scalar();
        const std::size_t space = text.find(' ');
        const std::string digits = text.substr(0, space);
        auto volume = Number::parse(digits);
        if (!volume) {
            reader_.error(node, msg("the volume of {code} must be a number, optionally with its unit (`12` or `12 hour`), not {value}",
                                    {code, arg("value", engine::quote(text))}));
            return;
        }
        if (volume->sign() <= 0) {
            reader_.error(node, msg("the volume of {code} must be above 0, not {value}", {code, arg("value", engine::excerpt(digits))}));
            return;
        }
        if (*volume > Number(max_trajectory_volume) || !(*volume * Number(1000000)).is_integer()) {
            reader_.error(node, msg("the volume of {code} must be at most {count} with at most 6 decimals, not {value}",
                                    {code, arg("count", static_cast<long long>(max_trajectory_volume)),
                                     arg("value", engine::excerpt(digits))}));
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
            reader_.diagnostics().add(component.volume_pos,
                                      msg("unknown unit {unit}{suggestion}; the volume of {code} is in {own}",
                                          {arg("unit", engine::quote(component.unit)),
                                           arg("suggestion", engine::suggestion(component.unit, names)),
                                           arg("code", engine::quote(component.code)), arg("own", own)}));
        else
            reader_.diagnostics().add(component.volume_pos, msg("the volume of {code} is in its own unit, {own}, not in {unit}",
                                                                {arg("code", engine::quote(component.code)), arg("own", own),
                                                                 arg("unit", component.unit)}));
    }

    void read_paths(const YamlNode& node, Trajectory& trajectory) {
        if (!reader_.is_map(node, engine::key_name("paths"))) return;
        if (node.size() == 0) {
            reader_.error(node, msg("trajectory {code} has no paths", {arg("code", label(trajectory))}));
            return;
        }
        bool all_read = true;
        Number total;
        reader_.for_each_entry(node, engine::key_name("paths"), [&](const std::string& name, const YamlNode& key, const YamlNode& value) {
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
            reader_.error(node, msg("the shares of the paths of trajectory {code} add up to {total}, not exactly 1",
                                    {arg("code", label(trajectory)), arg("total", exact_text(total))}));
    }

    // Whether the share was read, so the sum of the shares means something.
    bool read_path(const YamlNode& node, const Trajectory& trajectory, TrajectoryPath& path) {
        const engine::Message what = msg("path {path} of trajectory {code}",
                                         {arg("path", engine::quote(path.name)), arg("code", label(trajectory))});
        if (!reader_.is_map(node, engine::msg("a path (`share` and `phases`)"))) return false;
        reader_.reject_unknown_keys(node, what, {"share", "phases", "about"});
        if (node["about"]) reader_.prose(node["about"], engine::key_name("about"));
        bool share_read = false;
        if (!node["share"]) {
            reader_.error(node, msg("{path} needs a `share`", {arg("path", what)}));
        } else if (auto share = reader_.number(node["share"], engine::msg("a path's `share`"))) {
            if (share->sign() <= 0)
                reader_.error(node["share"], msg("the share of {path} must be above 0, not {value}",
                                                 {arg("path", what), arg("value", engine::excerpt(node["share"].Scalar()))}));
            else share_read = true;
            path.share = *share;
        }
        if (node["phases"]) read_path_phases(node["phases"], trajectory, what, path);
        else reader_.error(node, msg("{path} needs `phases`: the phases it takes, in order", {arg("path", what)}));
        return share_read;
    }

    void read_path_phases(const YamlNode& node, const Trajectory& trajectory, const engine::Message& what, TrajectoryPath& path) {
        if (!reader_.is_sequence(node, engine::msg("a path's `phases`"))) return;
        if (node.size() == 0) reader_.error(node, msg("{path} is empty: it takes no phase", {arg("path", what)}));
        std::vector<std::string> names;
        for (const auto& phase : trajectory.phases) names.push_back(phase.name);
        for (const auto& item : node) {
            auto name = reader_.text(item, engine::msg("a phase's name"));
            if (!name) continue;
            auto found = std::find(names.begin(), names.end(), *name);
            if (found == names.end()) {
                reader_.error(item, msg("unknown phase {phase} in {path}{suggestion}",
                                        {arg("phase", engine::quote(*name)), arg("path", what),
                                         arg("suggestion", engine::suggestion(*name, names))}));
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
                reader_.diagnostics().add(trajectory.phases[i].pos, msg("phase `{phase}` of trajectory {code} is in no path",
                                                                        {arg("phase", trajectory.phases[i].name),
                                                                         arg("code", label(trajectory))}));
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
                    reader_.diagnostics().add(component.pos, msg("unknown product {code} in phase {phase} of trajectory {trajectory}{suggestion}",
                                                                 {arg("code", engine::quote(component.code)),
                                                                  arg("phase", engine::quote(phase.name)),
                                                                  arg("trajectory", label(trajectory)),
                                                                  arg("suggestion", engine::suggestion(component.code, codes))}));
            }
    }

    // A trajectory priced from itself, directly or through others, has no price.
    void check_cycle(const Trajectory& start, const std::vector<Trajectory>& all) {
        if (model_.find_product(start.code)) return;  // its code is reported as a product's
        std::vector<std::string> chain{start.code};
        if (auto pos = contains(start, start.code, all, chain))
            reader_.diagnostics().add(*pos, msg("trajectory {code} contains itself: {chain}",
                                                {arg("code", engine::quote(start.code)), arg("chain", join_chain(chain))}));
    }

    // Where `start` takes `target`, directly or through a trajectory it takes (the
    // component of `start` the way begins with); `chain` names the way. A search,
    // not a recursion: trajectories may be nested deeper than a stack allows
    // before the depth is checked. A trajectory searched once without finding
    // `target` is not searched again, so a trajectory that takes the one below it
    // twice, 26 levels deep, is searched in 26 steps, not 2^26.
    std::optional<engine::SourcePos> contains(const Trajectory& start, const std::string& target,
                                              const std::vector<Trajectory>& all, std::vector<std::string>& chain) {
        struct Visit {
            const Trajectory* trajectory;
            std::vector<const TrajectoryComponent*> components;
            std::size_t next = 0;
        };
        std::set<const Trajectory*> cleared;
        std::vector<Visit> way{{&start, components_of(start)}};
        while (!way.empty()) {
            Visit& here = way.back();
            if (here.next == here.components.size()) {
                cleared.insert(here.trajectory);
                way.pop_back();
                if (!way.empty()) chain.pop_back();
                continue;
            }
            const TrajectoryComponent& component = *here.components[here.next++];
            if (component.code == target) {
                chain.push_back(target);
                return way.size() == 1 ? component.pos : way.front().components[way.front().next - 1]->pos;
            }
            const Trajectory* inner = find(all, component.code);
            if (!inner || cleared.count(inner) || std::find(chain.begin(), chain.end(), inner->code) != chain.end())
                continue;
            chain.push_back(inner->code);
            way.push_back({inner, components_of(*inner)});
        }
        return std::nullopt;
    }

    // The components of `trajectory` that are trajectories (not products), in order.
    std::vector<const TrajectoryComponent*> components_of(const Trajectory& trajectory) const {
        std::vector<const TrajectoryComponent*> components;
        for (const auto& phase : trajectory.phases)
            for (const auto& component : phase.components)
                if (!model_.find_product(component.code)) components.push_back(&component);
        return components;
    }

    const Trajectory* find(const std::vector<Trajectory>& all, const std::string& code) {
        if (index_.empty())
            for (const auto& trajectory : all) index_.emplace(trajectory.code, &trajectory);
        const auto it = index_.find(code);
        return it == index_.end() ? nullptr : it->second;
    }

    // How deep trajectories nest: a trajectory of products alone is 0 deep, one
    // that takes it 1. Only the trajectories one level past the bound are
    // reported: nesting them less brings those above within it too.
    void check_depth(const std::vector<Trajectory>& all) {
        std::map<const Trajectory*, std::size_t> depth;
        for (const auto& top : all) {
            std::vector<std::pair<const Trajectory*, bool>> pending{{&top, false}};  // (trajectory, its parts done)
            while (!pending.empty()) {
                const auto [trajectory, parts_done] = pending.back();
                pending.pop_back();
                if (depth.count(trajectory)) continue;
                std::size_t deepest = 0;
                bool ready = true;
                for (const TrajectoryComponent* component : components_of(*trajectory)) {
                    const Trajectory* inner = find(all, component->code);
                    if (!inner) continue;
                    const auto known = depth.find(inner);
                    if (known != depth.end()) deepest = std::max(deepest, known->second + 1);
                    else if (parts_done) return;  // a cycle, reported as such
                    else ready = false;
                }
                if (ready) {
                    depth[trajectory] = deepest;
                    continue;
                }
                pending.push_back({trajectory, true});
                for (const TrajectoryComponent* component : components_of(*trajectory))
                    if (const Trajectory* inner = find(all, component->code); inner && !depth.count(inner))
                        pending.push_back({inner, false});
            }
        }
        for (const auto& trajectory : all)
            if (depth[&trajectory] == max_trajectory_depth + 1)
                reader_.diagnostics().add(trajectory.pos, msg("trajectory {code} takes trajectories {depth} deep, one within "
                                                              "the other; they nest at most {count} deep",
                                                              {arg("code", engine::quote(trajectory.code)),
                                                               arg("depth", static_cast<long long>(max_trajectory_depth + 1)),
                                                               arg("count", static_cast<long long>(max_trajectory_depth))}));
    }

    // `A → B → A`; a long way by its first and last steps (`A → B → C → … → Y → A`).
    static std::string join_chain(const std::vector<std::string>& chain) {
        std::string out;
        for (std::size_t i = 0; i < chain.size(); ++i) {
            if (chain.size() > 6 && i == 3) {
                out += " → …";
                i = chain.size() - 3;
            }
            out += (out.empty() ? "" : " → ") + engine::excerpt(chain[i]);
        }
        return out;
    }

    YamlReader& reader_;
    const Model& model_;
    CodeRegister& looks_;
    std::map<std::string, engine::SourcePos> codes_;  // trajectory codes, with where each is given
    std::map<std::string, const Trajectory*> index_;   // by code, once they are all read
    bool phase_unknown_ = false;                       // a path of the trajectory being read names one
};

}  // namespace

std::vector<Trajectory> read_trajectories(YamlReader& reader, const YamlNode& node, const Model& model,
                                          CodeRegister& codes) {
    return TrajectoryReader(reader, model, codes).read(node);
}

}  // namespace tariffs
