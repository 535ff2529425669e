#include "engine/moebius.hpp"

namespace engine {

std::optional<Number> Moebius::value(const Number& x) const {
    const Number denominator = c + d * x;
    if (denominator.sign() == 0) return std::nullopt;
    return (a + b * x) / denominator;
}

std::optional<Number> Moebius::derivative(const Number& x) const {
    const Number denominator = c + d * x;
    if (denominator.sign() == 0) return std::nullopt;
    return (b * c - a * d) / (denominator * denominator);
}

std::optional<Number> Moebius::inverse(const Number& y) const {
    // a + b·x = y·(c + d·x)  ⇔  x·(b − y·d) = y·c − a
    const Number slope = b - y * d;
    if (slope.sign() == 0) return std::nullopt;
    const Number x = (y * c - a) / slope;
    if ((c + d * x).sign() == 0) return std::nullopt;
    return x;
}

std::optional<Moebius> fit_moebius(const std::vector<std::pair<Number, Number>>& points) {
    if (points.size() < 4) return std::nullopt;
    // a + b·x − c·T − d·x·T = 0 for each point: (a, b, c, d) up to a factor, as
    // the signed 3×3 minors of the first three points' rows.
    Number m[3][4];
    for (int i = 0; i < 3; ++i) {
        const auto& [x, t] = points[static_cast<std::size_t>(i)];
        m[i][0] = Number(1);
        m[i][1] = x;
        m[i][2] = -t;
        m[i][3] = -(x * t);
    }
    const auto minor = [&](int skip) {
        int c[3], n = 0;
        for (int j = 0; j < 4; ++j)
            if (j != skip) c[n++] = j;
        return m[0][c[0]] * (m[1][c[1]] * m[2][c[2]] - m[1][c[2]] * m[2][c[1]]) -
               m[0][c[1]] * (m[1][c[0]] * m[2][c[2]] - m[1][c[2]] * m[2][c[0]]) +
               m[0][c[2]] * (m[1][c[0]] * m[2][c[1]] - m[1][c[1]] * m[2][c[0]]);
    };
    Moebius fit{minor(0), -minor(1), minor(2), -minor(3)};
    if (fit.c.sign() == 0 && fit.d.sign() == 0) return std::nullopt;  // three points on a vertical line or fewer
    for (const auto& [x, t] : points) {
        const auto value = fit.value(x);
        if (!value || *value != t) return std::nullopt;
    }
    return fit;
}

}  // namespace engine
